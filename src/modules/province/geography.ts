import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, badUserInput, ErrorCode } from '../../errors/errors.js';
import { today } from '../../relay/temporal.js';
import { foldForSearch } from '../../search/fold.js';
import type { PartialDate } from '../../db/partial-date.js';
import type { ProvinceChange } from './province-change.entity.js';
import type { ProvinceLevel } from './province.enums.js';
import { Province } from './province.entity.js';

/** SQL: the unit that province row `alias` belongs to in the geography of the date parameter. */
export const currentProvinceSql = (alias: string) => `(case when ${alias}.valid_until < ?::date and ${alias}.successor_id is not null then ${alias}.successor_id else ${alias}.id end)`;

/**
 * What every province argument accepts, written once for the schema's descriptions: the same as the
 * `foreignNgos` province filter.
 */
export const PROVINCE_ARGUMENT =
  'a key (`binh-duong-pre2025`, `ha-noi`), a province code where one is recorded (`79`; see `Province.code`), or a name, Vietnamese or English or a former name, with or without diacritics, “tỉnh” or “thành phố” (`Bình Dương`, `binh duong`, `Ho Chi Minh City`), of a unit before or after the 2025 merger. Where a name (or code) is shared by an abolished unit and its successor (`Tuyên Quang`, `Huế`, `79`), the unit valid on the date in question is meant';

export interface ProvinceArgument {
  /** The argument's path, named in errors (`key`, `input.provinceKey`, `filter.province`). */
  field: string;
  /** Picks among units sharing a name or code: the one valid on this date (default today). */
  date?: string;
  /** How an unknown province is refused: NOT_FOUND for a lookup or a filter (default), BAD_USER_INPUT for a write's input. */
  unknown?: 'NOT_FOUND' | 'BAD_USER_INPUT';
}

/** A name as compared: folded, without the words that only say what kind of unit it is. */
const nameForm = (text: string) =>
  foldForSearch(text)
    .replace(/^(?:thanh pho|tp|tinh) /, '')
    .replace(/ (?:city|province)$/, '');

const validOn = (p: Province, date: string) => (!p.validFrom || p.validFrom <= date) && (!p.validUntil || p.validUntil >= date);

/**
 * The province a text names (see PROVINCE_ARGUMENT): an exact key first, then a code, then a name. Among
 * several units of that code or name, the one valid on the date; if none is, the only one; otherwise the
 * text is ambiguous, and refused naming the units. A name matches whole (`Hà` names no province), so
 * that a typo is refused instead of answered with a neighbour.
 */
export async function findProvince(em: EntityManager, text: string, { field, date = today(), unknown = 'NOT_FOUND' }: ProvinceArgument): Promise<Province> {
  const trimmed = text.trim();
  const form = nameForm(trimmed);
  if (!form) throw badUserInput(`${field} must name a province`, [{ field, message: 'empty' }]);
  const key = trimmed.toLowerCase();
  // A form holds letters, digits and single spaces only: nothing LIKE would read as a pattern.
  const candidates = await em.find(Province, { $or: [{ key }, { code: trimmed }, { searchText: { $like: `%${form}%` } }] }, { orderBy: { key: 'asc' } });
  const byKey = candidates.find((p) => p.key === key);
  if (byKey) return byKey;
  const byCode = candidates.filter((p) => p.code === trimmed);
  const matches = byCode.length ? byCode : candidates.filter((p) => [p.nameVi, p.nameEn, ...p.aliases].some((name) => name && nameForm(name) === form));
  if (!matches.length) {
    const message = `No province matches ${JSON.stringify(text)} (${field})`;
    const problem = { field, message: 'no such province' };
    throw unknown === 'NOT_FOUND' ? new AppError(ErrorCode.NOT_FOUND, message, { id: text, fields: [problem] }) : badUserInput(message, [problem]);
  }
  const current = matches.filter((p) => validOn(p, date));
  if (current.length === 1) return current[0];
  if (!current.length && matches.length === 1) return matches[0];
  const units = (current.length ? current : matches).map((p) => p.key).join(', ');
  throw badUserInput(`${JSON.stringify(text)} names more than one province on ${date} (${units}): give a key (${field})`, [{ field, message: `ambiguous: ${units}` }]);
}

/**
 * The rule of every write that records a province, written once for the schema's descriptions: the unit
 * must exist on the date the record is about.
 */
export const PROVINCE_ON_DATE =
  'A unit that did not exist on that date is refused with BAD_USER_INPUT naming the unit(s) that did: the one an abolished unit became part of (`binh-duong-pre2025` after 30 June 2025: `ho-chi-minh-city`), or those a new unit was formed from (`ho-chi-minh-city` before 1 July 2025)';

export interface ProvinceOfRecord {
  /** The argument's path, named in errors (`input.provinceKey`). */
  field: string;
  /** The first day the record is about (an organization's or an area's date, an event's start, the first day of an aid year). */
  from: string;
  /** Its last day (default `from`): a shared name is read on this day. */
  to?: string;
}

const unitName = (p: Province) => `${p.nameVi} (${p.key})`;

/**
 * The province a write records (PROVINCE_ON_DATE): the unit the text names on the record's (last) day
 * (findProvince), refused unless it existed on some day from `from` to `to`. An abolished unit is refused
 * naming the unit it became part of on that date, a unit not formed yet naming those it was formed from.
 */
export async function provinceOfRecord(em: EntityManager, text: string, { field, from, to = from }: ProvinceOfRecord): Promise<Province> {
  const unit = await findProvince(em, text, { field, date: to, unknown: 'BAD_USER_INPUT' });
  const when = from === to ? `on ${from}` : `from ${from} to ${to}`;
  if (unit.validUntil && unit.validUntil < from) {
    let successor: Province | undefined;
    for (let next = unit, hops = 0; hops < 5 && next.validUntil && next.validUntil < from && next.successor; hops++) {
      successor = next = await em.findOneOrFail(Province, next.successor.id);
    }
    const became = successor ? `: it became part of ${unitName(successor)}${successor.validFrom ? ` on ${successor.validFrom}` : ''}` : '';
    throw badUserInput(`${unitName(unit)} no longer existed ${when}${became} (${field})`, [{ field, message: successor ? `abolished: use ${successor.key}` : 'abolished' }]);
  }
  if (unit.validFrom && unit.validFrom > to) {
    const predecessors = await em.find(Province, { successor: unit.id }, { orderBy: { key: 'asc' } });
    const formed = predecessors.length ? ` from ${predecessors.map(unitName).join(', ')}` : '';
    const keys = predecessors.map((p) => p.key).join(', ');
    throw badUserInput(`${unitName(unit)} did not exist yet ${when}: it was formed on ${unit.validFrom}${formed} (${field})`, [{ field, message: predecessors.length ? `not yet formed: use ${predecessors.length > 1 ? 'one of ' : ''}${keys}` : 'not yet formed' }]);
  }
  return unit;
}

export interface ProvinceScope {
  /** The unit the province is part of on the date. */
  target: Province;
  /** Every row that counts as that unit: itself and the old units merged into it. */
  ids: string[];
}

/**
 * "NGOs working in Bình Dương" today means those recorded for any unit that is now part of Hồ Chí Minh
 * City: the target unit on the date, and every unit whose successor it is. `field` names the argument
 * in errors (by default a list filter's).
 */
export async function provinceScope(em: EntityManager, text: string, date: string, field = 'filter.province'): Promise<ProvinceScope> {
  let target = await findProvince(em, text, { field, date });
  for (let hops = 0; hops < 5 && target.validUntil && target.validUntil < date && target.successor; hops++) {
    target = await em.findOneOrFail(Province, target.successor.id);
  }
  const predecessors = await em.find(Province, { successor: target.id });
  return { target, ids: [...new Set([target.id, ...predecessors.map((p) => p.id)])] };
}

/**
 * A unit's level on `day`: the one it was formed with, or the latest a change of status gave it by then
 * (Đồng Nai a centrally-run city from 30 April 2026), with the date that change took effect (null: formed so).
 */
export function levelOn(unit: Province, changes: ProvinceChange[], day: string): { level: ProvinceLevel; since: PartialDate | null } {
  const last = changes.filter((c) => c.newLevel && c.effectiveOn.start <= day).sort((a, b) => (a.effectiveOn.start < b.effectiveOn.start ? -1 : 1)).at(-1);
  return last ? { level: last.newLevel!, since: last.effectiveOn } : { level: unit.level, since: null };
}
