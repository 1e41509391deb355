/**
 * Material for realistic-looking but clearly synthetic names. Vietnamese names keep their diacritics
 * (including đ/Đ) so that search folding is exercised; every generated name also carries "synthetic"
 * and a number, so it can never be mistaken for a real person or organization.
 */
import type { Random } from './random.js';

/** Family names, roughly by frequency (Nguyễn first). */
const FAMILY: readonly [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4.5], ['Vũ', 3.9],
  ['Võ', 3], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Đinh', 0.6], ['Trương', 0.6], ['Lương', 0.4], ['Đoàn', 0.4], ['Tạ', 0.3], ['Chu', 0.3],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Hữu', 'Quốc', 'Thanh', 'Xuân', 'Công', 'Đình', 'Quang', 'Tiến', 'Mạnh', 'Hoàng'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Phương', 'Kim', 'Bích', 'Diệu'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đông', 'Giang', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Long', 'Lâm', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Tiến', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hưng', 'Đức'];
const GIVEN_FEMALE = ['Anh', 'Châu', 'Dung', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Yến', 'Đào'];

const FOREIGN_GIVEN = ['John', 'Mary', 'François', 'Hélène', 'José', 'María', 'Jürgen', 'Søren', 'Zoë', 'Łukasz', 'Ana', 'Björn', 'Chloé', 'Kenji', 'Yuki', 'Sergei', 'Olga', 'Min-jun', 'Seo-yeon', 'Ahmed', 'Priya', 'Rahul', 'Somchai', 'Noor', 'Ingrid', 'Pablo', 'Ève', 'Tomáš', 'Agnieszka', 'Kofi'];
const FOREIGN_FAMILY = ['Smith', 'Müller', 'Dubois', 'García', 'Núñez', 'Kowalski', 'Nielsen', 'Tanaka', 'Suzuki', 'Ivanov', 'Petrova', 'Kim', 'Park', 'Rossi', 'Lefèvre', 'O’Brien', 'Andersson', 'Sharma', 'Patel', 'Wong', 'Chen', 'Santos', 'Novák', 'Schröder', 'Brontë', 'Mendoza', 'Haddad', 'Mensah', 'Lindqvist', 'Martín'];

const HONORIFICS = ['TS.', 'PGS.TS.', 'GS.TS.', 'ThS.', 'Đại sứ', 'Nhà giáo ưu tú', 'Prof.', 'Dr.'];

export interface PersonName {
  fullName: string;
  honorific?: string;
  foreign: boolean;
}

/** "Synthetic Nguyễn Văn An 12345" (or a foreign name for some partners and ambassadors). */
export function personName(random: Random, number: number, foreignShare: number): PersonName {
  const honorific = random.chance(0.12) ? random.pick(HONORIFICS) : undefined;
  if (random.chance(foreignShare)) {
    return { fullName: `Synthetic ${random.pick(FOREIGN_GIVEN)} ${random.pick(FOREIGN_FAMILY)} ${number}`, honorific, foreign: true };
  }
  const family = pickWeighted(random, FAMILY);
  const female = random.chance(0.42);
  const middle = random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  // A few compound given names ("Nguyễn Thị Thu Hà"), as in real rosters.
  const second = random.chance(0.15) ? ` ${random.pick(female ? MIDDLE_FEMALE.slice(3) : MIDDLE_MALE.slice(3))}` : '';
  return { fullName: `Synthetic ${family} ${middle}${second} ${given} ${number}`, honorific, foreign: false };
}

function pickWeighted(random: Random, items: readonly [string, number][]): string {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let u = random.next() * total;
  for (const [item, w] of items) {
    u -= w;
    if (u < 0) return item;
  }
  return items[items.length - 1][0];
}

/** Countries for a database that has none (real ISO codes; the rows are still marked synthetic). */
export const FALLBACK_COUNTRIES: readonly { code: string; nameEn: string; nameVi: string }[] = [
  { code: 'JP', nameEn: 'Japan', nameVi: 'Nhật Bản' },
  { code: 'FR', nameEn: 'France', nameVi: 'Pháp' },
  { code: 'RU', nameEn: 'Russia', nameVi: 'Nga' },
  { code: 'CN', nameEn: 'China', nameVi: 'Trung Quốc' },
  { code: 'LA', nameEn: 'Laos', nameVi: 'Lào' },
  { code: 'KH', nameEn: 'Cambodia', nameVi: 'Campuchia' },
  { code: 'US', nameEn: 'United States', nameVi: 'Hoa Kỳ' },
  { code: 'GB', nameEn: 'United Kingdom', nameVi: 'Anh' },
  { code: 'DE', nameEn: 'Germany', nameVi: 'Đức' },
  { code: 'KR', nameEn: 'South Korea', nameVi: 'Hàn Quốc' },
  { code: 'IN', nameEn: 'India', nameVi: 'Ấn Độ' },
  { code: 'CU', nameEn: 'Cuba', nameVi: 'Cu Ba' },
  { code: 'PL', nameEn: 'Poland', nameVi: 'Ba Lan' },
  { code: 'AU', nameEn: 'Australia', nameVi: 'Australia' },
  { code: 'SG', nameEn: 'Singapore', nameVi: 'Singapore' },
];

/** Province names for local organizations when the database has no province rows (no province_id then). */
export const FALLBACK_PROVINCES = ['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Huế', 'Quảng Ninh', 'Nghệ An', 'Thanh Hóa', 'Đồng Nai', 'Lâm Đồng', 'Khánh Hòa', 'Đắk Lắk', 'Bắc Ninh', 'Gia Lai'];

/** 1st, 2nd, 3rd, 4th, 11th, 21st, ... */
export function ordinalEn(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export const NGO_WORDS_EN = ['Relief', 'Development', 'Children', 'Health', 'Education', 'Green', 'Water', 'Hope', 'Bridges', 'Partners', 'Solidarity', 'Community'];
export const NGO_SUFFIX_EN = ['Foundation', 'International', 'Alliance', 'Fund', 'Network', 'Trust', 'Initiative'];
export const NGO_FR = ['Association pour le Développement', 'Solidarité Santé', 'Enfants du Mékong Synthétique', 'Fondation Éducation et Partage'];
export const BUSINESS_VI = ['Thương mại', 'Du lịch', 'Công nghệ', 'Xuất nhập khẩu', 'Đầu tư', 'Dệt may', 'Nông sản', 'Logistics'];
export const RESEARCH_VI = ['Nghiên cứu Phát triển', 'Nghiên cứu Quốc tế', 'Khoa học Xã hội', 'Nghiên cứu Đông Nam Á', 'Kinh tế Đối ngoại', 'Văn hóa và Giao lưu'];
export const SECTOR_NOTES = ['Hỗ trợ học bổng', 'Chăm sóc sức khỏe cộng đồng', 'Nước sạch nông thôn', 'Giao lưu thanh niên', 'Trao đổi học thuật', 'Phát triển sinh kế', 'Ứng phó biến đổi khí hậu'];

export const EVENT_TITLES: Record<string, (country: string, org: string) => string> = {
  MEETING: (c, o) => `Gặp mặt hữu nghị ${o} với bạn bè ${c}`,
  CONFERENCE: (c) => `Hội nghị hợp tác nhân dân Việt Nam – ${c}`,
  AMBASSADOR_WELCOME: (c) => `Đón tiếp Đại sứ ${c} đến chào xã giao`,
  AMBASSADOR_FAREWELL: (c) => `Chia tay Đại sứ ${c} kết thúc nhiệm kỳ`,
  CONGRESS: (_c, o) => `Đại hội đại biểu ${o}`,
  DELEGATION_IN: (c) => `Tiếp đoàn đại biểu ${c} thăm Việt Nam`,
  DELEGATION_OUT: (c) => `Đoàn đại biểu hữu nghị Việt Nam thăm ${c}`,
  EXCHANGE: (c) => `Giao lưu văn hóa Việt Nam – ${c}`,
  ANNIVERSARY: (c) => `Kỷ niệm quan hệ ngoại giao Việt Nam – ${c}`,
  AWARD: (c) => `Trao Kỷ niệm chương "Vì hòa bình, hữu nghị giữa các dân tộc" cho bạn bè ${c}`,
};

export const VENUES = ['Trụ sở Liên hiệp các tổ chức hữu nghị', 'Nhà khách Chính phủ', 'Trung tâm Hội nghị Quốc gia', 'Khách sạn Melia', 'Nhà Văn hóa thanh niên', 'Hội trường Ủy ban nhân dân tỉnh'];
