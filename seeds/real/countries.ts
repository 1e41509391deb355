import type { CountrySeed } from './types.js';
import { S } from './sources.js';

/**
 * Every country the facts refer to: counterparts of the friendship associations, home countries of the
 * foreign NGOs, ambassadors' countries and parliamentary groups. Codes are ISO 3166-1 alpha-2; `nameVi` is
 * the standard Vietnamese name of the country (FACTS.md does not list country names). The sources are
 * where FACTS.md refers to the country. ASEAN (a parliamentary group's region) is not a country and is
 * kept as `regionName` on that group. Cuba and Germany as counterparts of associations are NOT FOUND in
 * FACTS.md; Germany is here as the home country of FES.
 */
export const countries: CountrySeed[] = [
  { code: 'VN', nameEn: 'Vietnam', nameVi: 'Việt Nam', sources: [S.vufoGioiThieu] },
  {
    code: 'US',
    nameEn: 'United States',
    nameVi: 'Hoa Kỳ',
    sources: [S.vufo85692, S.vnanet319104, S.vnanet306671],
  },
  { code: 'SG', nameEn: 'Singapore', nameVi: 'Singapore', sources: [S.baoquocte19758, S.mfaSg201603] },
  { code: 'JP', nameEn: 'Japan', nameVi: 'Nhật Bản', sources: [S.vufo47465, S.vovworld335820, S.nhandan6522502] },
  { code: 'FR', nameEn: 'France', nameVi: 'Pháp', sources: [S.vietnamplusFr198227, S.binhdinhinvest, S.vietnamplus243870] },
  {
    code: 'RU',
    nameEn: 'Russia',
    nameVi: 'Nga',
    sources: [S.indonesianewsgazette, S.vietnamplus198126, S.quochoitvRussia],
  },
  { code: 'CN', nameEn: 'China', nameVi: 'Trung Quốc', sources: [S.vietnamplusFr215909, S.thoidai194335] },
  { code: 'LA', nameEn: 'Laos', nameVi: 'Lào', sources: [S.vufoPage102, S.vietnamplus269314] },
  { code: 'KH', nameEn: 'Cambodia', nameVi: 'Campuchia', sources: [S.vietnamplusFr173398] },
  { code: 'GB', nameEn: 'United Kingdom', nameVi: 'Anh', sources: [S.vietnamplus155652, S.vietnamtimes9739] },
  { code: 'PL', nameEn: 'Poland', nameVi: 'Ba Lan', sources: [S.talkvietnamPoland] },
  { code: 'RO', nameEn: 'Romania', nameVi: 'Romania', sources: [S.vietnamplus216245] },
  { code: 'PH', nameEn: 'Philippines', nameVi: 'Philippines', sources: [S.baomoiC40632209] },
  { code: 'ID', nameEn: 'Indonesia', nameVi: 'Indonesia', sources: [S.abu20211028, S.vietnamtimes9461] },
  { code: 'IN', nameEn: 'India', nameVi: 'Ấn Độ', sources: [S.vietnamtimes16947, S.sggp107737] },
  { code: 'AU', nameEn: 'Australia', nameVi: 'Australia', sources: [S.vietnamtimesFriendship, S.vnanet319104] },
  {
    code: 'KR',
    nameEn: 'Republic of Korea',
    nameVi: 'Hàn Quốc',
    sources: [S.sggp106841, S.vietnamtimesFriendshipPage, S.vnanet319104],
  },
  { code: 'DE', nameEn: 'Germany', nameVi: 'Đức', sources: [S.vnanet319104] },
  { code: 'CH', nameEn: 'Switzerland', nameVi: 'Thụy Sĩ', sources: [S.vietnamtimes9739, S.atlanticPhilanthropies] },
  { code: 'DZ', nameEn: 'Algeria', nameVi: 'Algeria', sources: [S.baoxuanAlgeria] },
];
