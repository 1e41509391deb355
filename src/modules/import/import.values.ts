import { PartialDate } from '../../db/partial-date.js';
import { foldForSearch } from '../../search/fold.js';
import { Role } from '../membership/membership.enums.js';

/**
 * A date as people type it: 17/03/2023 (also 17-03-2023, 17.03.2023), 2023-03-17, 03/2023 (or 3/2023,
 * 2023-03) and 2023. Day first, as in Vietnam and most of the world; never month first.
 */
export function typedDate(text: string): PartialDate | string {
  const value = text.trim();
  const parts =
    /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)?.slice(1, 4) ??
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)?.slice(1, 4).reverse() ??
    /^(\d{4})-(\d{1,2})$/.exec(value)?.slice(1, 3) ??
    /^(\d{1,2})[/.-](\d{4})$/.exec(value)?.slice(1, 3).reverse() ??
    /^(\d{4})$/.exec(value)?.slice(1, 2);
  const formats = 'write it as 17/03/2023, 2023-03-17, 03/2023 or 2023';
  if (!parts) return `“${value}” is not a date: ${formats}`;
  const [year, month, dayOfMonth] = parts;
  const iso = [year, month?.padStart(2, '0'), dayOfMonth?.padStart(2, '0')].filter(Boolean).join('-');
  if (Number(year) < 1900 || Number(year) > 2100) return `${year} is not a year a roster can name`;
  try {
    return PartialDate.parse(iso);
  } catch {
    return `“${value}” is not a day of the calendar (${formats})`;
  }
}

/** The words a roster uses for each role, Vietnamese and English (folded: no diacritics, lower case). */
const ROLE_WORDS: Record<Role, string[]> = {
  [Role.PRESIDENT]: ['chu tich', 'president'],
  [Role.VICE_PRESIDENT]: ['pho chu tich', 'vice president'],
  [Role.STANDING_VICE_PRESIDENT]: ['pho chu tich thuong truc', 'standing vice president'],
  [Role.SECRETARY_GENERAL]: ['tong thu ky', 'secretary general'],
  [Role.STANDING_MEMBER]: ['uy vien thuong vu', 'uy vien ban thuong vu', 'standing member', 'standing committee member'],
  [Role.MEMBER]: ['uy vien', 'thanh vien', 'member'],
  [Role.HONORARY_PRESIDENT]: ['chu tich danh du', 'honorary president'],
  [Role.HONORARY_CHAIR]: ['honorary chair'],
  [Role.HEAD]: ['truong ban', 'head'],
  [Role.CHAIR]: ['chair', 'chairman', 'chairwoman', 'chairperson'],
  [Role.VICE_CHAIR]: ['pho truong ban', 'vice chair'],
  [Role.SECRETARY]: ['thu ky', 'secretary'],
  [Role.CO_DIRECTOR]: ['dong giam doc', 'co director'],
};
const ROLE_BY_WORD = new Map<string, Role>(Object.entries(ROLE_WORDS).flatMap(([role, words]) => [[foldForSearch(role), role as Role], ...words.map((w): [string, Role] => [w, role as Role])]));

/** The role a cell names (PRESIDENT, "Chủ tịch", "Vice-President", ...), or why it names none. */
export function typedRole(text: string): { role: Role } | { problem: string } {
  const role = ROLE_BY_WORD.get(foldForSearch(text));
  return role ? { role } : { problem: `“${text}” is not a role: write one of Chủ tịch, Phó Chủ tịch, Tổng Thư ký, Ủy viên, ... or President, Vice-President, Secretary General, Member, ... (or ${Object.values(Role).join(', ')})` };
}

/** Import fields and the headers (folded) that name them, Vietnamese or English; the roster CSV's own headers among them. */
export const HEADERS = {
  person: ['person', 'name', 'full name', 'ho ten', 'ho va ten', 'ten', 'nguoi'],
  personId: ['person id'],
  role: ['role', 'chuc vu', 'vai tro'],
  title: ['title', 'chuc danh'],
  body: ['body', 'co quan', 'ban'],
  term: ['term', 'nhiem ky'],
  start: ['start', 'from', 'start date', 'tu', 'tu ngay', 'ngay bat dau', 'bat dau'],
  end: ['end', 'to', 'until', 'end date', 'den', 'den ngay', 'ngay ket thuc', 'ket thuc'],
  sources: ['sources', 'source', 'nguon'],
  organization: ['organization', 'organisation', 'to chuc'],
} as const;
export type ImportField = keyof typeof HEADERS;
export const IMPORT_FIELDS = Object.keys(HEADERS) as ImportField[];
