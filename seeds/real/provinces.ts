import type { ProvinceChangeSeed, ProvinceLevel, ProvinceSeed } from './types.js';
import { S } from './sources.js';

/**
 * Provincial-level units before and after the 2025 reorganisation (Resolution 202/2025/QH15; FACTS.md §3).
 *
 * - 34 POST_2025 units, valid from 1 Jul 2025 (the day the new local governments began work; the
 *   resolution itself took effect on its adoption, 12 Jun 2025): 6 centrally-run cities + 28 provinces.
 * - 63 PRE_2025 units, valid until 30 Jun 2025: the 52 merged ones (4 cities + 48 provinces) and the 11
 *   unchanged ones. Each points to the POST_2025 unit it became part of; the 11 unchanged ones point to
 *   their same-named POST_2025 record. Whole provinces merged, so the mapping is many-to-one, no splits.
 * - Keys: POST_2025 'ha-noi'; PRE_2025 'ha-noi-pre2025'.
 * - Centre, area, population and codes only where FACTS.md gives them. Area and population are from the
 *   tvanlam/bag_shop file (matches the resolution excerpts for the first 5 units); centres from the
 *   Resolution 60-NQ/TW lists unless the note says otherwise. Codes: "the new units keep the old code of
 *   the lead province", examples 27 Bắc Ninh, 79 HCMC, 92 Cần Thơ, 96 Cà Mau, and 22 Quảng Ninh.
 * - `nameEn` only where FACTS.md writes an English form (Hanoi, HCMC).
 */

const MAPPING_SOURCES: string[] = [S.luatvietnam, S.vietnamvnNghiQuyet, S.bagShop, S.vietaustralia];
const AREA_SOURCES: string[] = [S.bagShop];
const CENTRE_60_SOURCES: string[] = [S.qdnd577115, S.thesaigontimes];
const CODE_SOURCES: string[] = [S.bagShopFile, S.thanglequocPreview];

interface OldUnit {
  key: string;
  nameVi: string;
  level?: ProvinceLevel;
  nameEn?: string;
  aliases?: string[];
  /** Sources of aliases beyond the mapping's (a short name a text writes). */
  aliasSources?: string[];
  code?: string;
  codeSources?: string[];
  note?: string;
}

interface NewUnit {
  key: string;
  nameVi: string;
  nameEn?: string;
  aliases?: string[];
  aliasSources?: string[];
  level: ProvinceLevel;
  code?: string;
  codeSources?: string[];
  centre?: string;
  centreSources?: string[];
  areaKm2?: number;
  population?: number;
  formerCapitalWardNames?: string[];
  specialZones?: string[];
  note?: string;
  olds: OldUnit[];
}

/**
 * The short names the sources write for Hồ Chí Minh City: "HCMC" (en.sggp.org.vn's "HCMC secures VND475
 * billion in NGO aid", and FACTS.md throughout) and "TP HCM" (Decree 58/2022/NĐ-CP, Art. 8, as FACTS.md
 * words it: a representative office "located in Hà Nội, Đà Nẵng or TP HCM").
 */
const HCMC_SHORT_NAMES = ['HCMC', 'TP HCM'];
const HCMC_SHORT_NAME_SOURCES: string[] = [S.sggp116641, S.hethongphapluatNd58, S.thuvienphapluat528142];

const SINGLE_CODE_CENTRE = '[single code source: jatincreliution/Odoo-module ta_province_vietnam/README.md] for the centre';

const units: NewUnit[] = [
  // 1–11: unchanged
  {
    key: 'ha-noi',
    nameVi: 'Hà Nội',
    nameEn: 'Hanoi',
    level: 'MUNICIPALITY',
    olds: [{ key: 'ha-noi-pre2025', nameVi: 'Hà Nội', nameEn: 'Hanoi', level: 'MUNICIPALITY' }],
  },
  {
    key: 'hue',
    nameVi: 'Huế',
    level: 'MUNICIPALITY',
    olds: [
      {
        key: 'hue-pre2025',
        nameVi: 'Huế',
        aliases: ['Thừa Thiên Huế'],
        level: 'MUNICIPALITY',
        note: 'FACTS.md writes "Thừa Thiên Huế / Huế city (unchanged)"; modelled as the centrally-run city it was on 30 Jun 2025',
      },
    ],
  },
  { key: 'lai-chau', nameVi: 'Lai Châu', level: 'PROVINCE', olds: [{ key: 'lai-chau-pre2025', nameVi: 'Lai Châu' }] },
  { key: 'dien-bien', nameVi: 'Điện Biên', level: 'PROVINCE', olds: [{ key: 'dien-bien-pre2025', nameVi: 'Điện Biên' }] },
  { key: 'son-la', nameVi: 'Sơn La', level: 'PROVINCE', olds: [{ key: 'son-la-pre2025', nameVi: 'Sơn La' }] },
  { key: 'lang-son', nameVi: 'Lạng Sơn', level: 'PROVINCE', olds: [{ key: 'lang-son-pre2025', nameVi: 'Lạng Sơn' }] },
  {
    key: 'quang-ninh',
    nameVi: 'Quảng Ninh',
    level: 'PROVINCE',
    code: '22',
    codeSources: [S.thanglequocV510],
    specialZones: ['Vân Đồn', 'Cô Tô'],
    note: 'a province on 1 Jul 2025; becomes Quảng Ninh city (centrally run) on 1 Sep 2026 per Resolution 36/2026/QH16, code 22 unchanged (see provinceChanges)',
    olds: [
      {
        key: 'quang-ninh-pre2025',
        nameVi: 'Quảng Ninh',
        code: '22',
        codeSources: [S.thanglequocV510],
        note: 'code 22: the code the unchanged unit keeps (thanglequoc release note v5.1.0)',
      },
    ],
  },
  { key: 'thanh-hoa', nameVi: 'Thanh Hóa', level: 'PROVINCE', olds: [{ key: 'thanh-hoa-pre2025', nameVi: 'Thanh Hóa' }] },
  { key: 'nghe-an', nameVi: 'Nghệ An', level: 'PROVINCE', olds: [{ key: 'nghe-an-pre2025', nameVi: 'Nghệ An' }] },
  { key: 'ha-tinh', nameVi: 'Hà Tĩnh', level: 'PROVINCE', olds: [{ key: 'ha-tinh-pre2025', nameVi: 'Hà Tĩnh' }] },
  {
    key: 'cao-bang',
    nameVi: 'Cao Bằng',
    level: 'PROVINCE',
    note: 'kept unchanged as a special case (the other 10 unchanged units met the criteria)',
    olds: [{ key: 'cao-bang-pre2025', nameVi: 'Cao Bằng' }],
  },

  // 12–34: merged
  {
    key: 'tuyen-quang',
    nameVi: 'Tuyên Quang',
    level: 'PROVINCE',
    centre: 'present-day Tuyên Quang',
    areaKm2: 13795.5,
    population: 1865270,
    formerCapitalWardNames: ['Ha Giang 1', 'Ha Giang 2'],
    olds: [
      { key: 'tuyen-quang-pre2025', nameVi: 'Tuyên Quang' },
      { key: 'ha-giang-pre2025', nameVi: 'Hà Giang' },
    ],
  },
  {
    key: 'lao-cai',
    nameVi: 'Lào Cai',
    level: 'PROVINCE',
    centre: 'present-day Yên Bái',
    areaKm2: 13256.92,
    population: 1778785,
    formerCapitalWardNames: ['Yen Bai'],
    olds: [
      { key: 'lao-cai-pre2025', nameVi: 'Lào Cai' },
      { key: 'yen-bai-pre2025', nameVi: 'Yên Bái' },
    ],
  },
  {
    key: 'thai-nguyen',
    nameVi: 'Thái Nguyên',
    level: 'PROVINCE',
    centre: 'present-day Thái Nguyên',
    areaKm2: 8375.21,
    population: 1799489,
    formerCapitalWardNames: ['Bac Kan'],
    olds: [
      { key: 'thai-nguyen-pre2025', nameVi: 'Thái Nguyên' },
      { key: 'bac-kan-pre2025', nameVi: 'Bắc Kạn' },
    ],
  },
  {
    key: 'phu-tho',
    nameVi: 'Phú Thọ',
    level: 'PROVINCE',
    centre: 'present-day Phú Thọ',
    areaKm2: 9361.38,
    population: 4022638,
    formerCapitalWardNames: ['Vinh Phuc', 'Hoa Binh'],
    olds: [
      { key: 'phu-tho-pre2025', nameVi: 'Phú Thọ' },
      { key: 'vinh-phuc-pre2025', nameVi: 'Vĩnh Phúc' },
      { key: 'hoa-binh-pre2025', nameVi: 'Hòa Bình' },
    ],
  },
  {
    key: 'bac-ninh',
    nameVi: 'Bắc Ninh',
    level: 'PROVINCE',
    code: '27',
    codeSources: CODE_SOURCES,
    centre: 'present-day Bắc Giang',
    areaKm2: 4718.6,
    population: 3619433,
    formerCapitalWardNames: ['Bac Giang'],
    olds: [
      {
        key: 'bac-ninh-pre2025',
        nameVi: 'Bắc Ninh',
        code: '27',
        codeSources: CODE_SOURCES,
        note: 'code 27: the old code of the lead province, kept by the new unit',
      },
      { key: 'bac-giang-pre2025', nameVi: 'Bắc Giang' },
    ],
  },
  {
    key: 'hung-yen',
    nameVi: 'Hưng Yên',
    level: 'PROVINCE',
    centre: 'present-day Hưng Yên',
    areaKm2: 2514.81,
    population: 3567943,
    formerCapitalWardNames: ['Thai Binh'],
    olds: [
      { key: 'hung-yen-pre2025', nameVi: 'Hưng Yên' },
      { key: 'thai-binh-pre2025', nameVi: 'Thái Bình' },
    ],
  },
  {
    key: 'hai-phong',
    nameVi: 'Hải Phòng',
    level: 'MUNICIPALITY',
    centre: 'present-day Hải Phòng',
    areaKm2: 3194.72,
    population: 4664124,
    formerCapitalWardNames: ['Hai Duong'],
    specialZones: ['Cát Hải', 'Bạch Long Vĩ'],
    olds: [
      { key: 'hai-phong-pre2025', nameVi: 'Hải Phòng', level: 'MUNICIPALITY' },
      { key: 'hai-duong-pre2025', nameVi: 'Hải Dương' },
    ],
  },
  {
    key: 'ninh-binh',
    nameVi: 'Ninh Bình',
    level: 'PROVINCE',
    areaKm2: 3942.62,
    population: 4412264,
    formerCapitalWardNames: ['Nam Dinh', 'Ha Nam'],
    note: 'political-administrative centre NOT FOUND',
    olds: [
      { key: 'ninh-binh-pre2025', nameVi: 'Ninh Bình' },
      { key: 'ha-nam-pre2025', nameVi: 'Hà Nam' },
      { key: 'nam-dinh-pre2025', nameVi: 'Nam Định' },
    ],
  },
  {
    key: 'quang-tri',
    nameVi: 'Quảng Trị',
    level: 'PROVINCE',
    centre: 'present-day Quảng Bình',
    centreSources: [S.odooReadme],
    areaKm2: 12700,
    population: 1870845,
    formerCapitalWardNames: ['Dong Hoi'],
    specialZones: ['Cồn Cỏ'],
    note: SINGLE_CODE_CENTRE,
    olds: [
      { key: 'quang-tri-pre2025', nameVi: 'Quảng Trị' },
      { key: 'quang-binh-pre2025', nameVi: 'Quảng Bình' },
    ],
  },
  {
    key: 'da-nang',
    nameVi: 'Đà Nẵng',
    level: 'MUNICIPALITY',
    areaKm2: 11859.59,
    population: 3065628,
    specialZones: ['Hoàng Sa'],
    note: 'political-administrative centre NOT FOUND',
    olds: [
      { key: 'da-nang-pre2025', nameVi: 'Đà Nẵng', level: 'MUNICIPALITY' },
      { key: 'quang-nam-pre2025', nameVi: 'Quảng Nam' },
    ],
  },
  {
    key: 'quang-ngai',
    nameVi: 'Quảng Ngãi',
    level: 'PROVINCE',
    areaKm2: 14832.55,
    population: 2161755,
    formerCapitalWardNames: ['Kon Tum'],
    specialZones: ['Lý Sơn'],
    note: 'political-administrative centre NOT FOUND',
    olds: [
      { key: 'quang-ngai-pre2025', nameVi: 'Quảng Ngãi' },
      { key: 'kon-tum-pre2025', nameVi: 'Kon Tum' },
    ],
  },
  {
    key: 'gia-lai',
    nameVi: 'Gia Lai',
    level: 'PROVINCE',
    centre: 'present-day Bình Định',
    centreSources: [S.odooReadme],
    areaKm2: 21576.53,
    population: 3583693,
    formerCapitalWardNames: ['Quy Nhon'],
    note: SINGLE_CODE_CENTRE,
    olds: [
      { key: 'gia-lai-pre2025', nameVi: 'Gia Lai' },
      { key: 'binh-dinh-pre2025', nameVi: 'Bình Định' },
    ],
  },
  {
    key: 'khanh-hoa',
    nameVi: 'Khánh Hòa',
    level: 'PROVINCE',
    areaKm2: 8555.86,
    population: 2243554,
    formerCapitalWardNames: ['Phan Rang'],
    specialZones: ['Trường Sa'],
    note: 'political-administrative centre NOT FOUND',
    olds: [
      { key: 'khanh-hoa-pre2025', nameVi: 'Khánh Hòa' },
      { key: 'ninh-thuan-pre2025', nameVi: 'Ninh Thuận' },
    ],
  },
  {
    key: 'lam-dong',
    nameVi: 'Lâm Đồng',
    level: 'PROVINCE',
    centre: 'Đà Lạt',
    centreSources: [S.cocc],
    areaKm2: 24233.07,
    population: 3872999,
    formerCapitalWardNames: ['Binh Thuan', 'Phan Thiet'],
    specialZones: ['Phú Quý'],
    note: 'centre from cocc.edu.vn citing Decision 759/QĐ-TTg of 14 Apr 2025 (weak source)',
    olds: [
      { key: 'lam-dong-pre2025', nameVi: 'Lâm Đồng' },
      { key: 'dak-nong-pre2025', nameVi: 'Đắk Nông' },
      { key: 'binh-thuan-pre2025', nameVi: 'Bình Thuận' },
    ],
  },
  {
    key: 'dak-lak',
    nameVi: 'Đắk Lắk',
    level: 'PROVINCE',
    areaKm2: 18096.4,
    population: 3346853,
    formerCapitalWardNames: ['Phu Yen'],
    note: 'political-administrative centre NOT FOUND',
    olds: [
      { key: 'dak-lak-pre2025', nameVi: 'Đắk Lắk' },
      { key: 'phu-yen-pre2025', nameVi: 'Phú Yên' },
    ],
  },
  {
    key: 'ho-chi-minh-city',
    nameVi: 'Thành phố Hồ Chí Minh',
    nameEn: 'Ho Chi Minh City',
    aliases: HCMC_SHORT_NAMES,
    aliasSources: HCMC_SHORT_NAME_SOURCES,
    level: 'MUNICIPALITY',
    code: '79',
    codeSources: CODE_SOURCES,
    areaKm2: 6772.59,
    population: 14002598,
    formerCapitalWardNames: ['Binh Duong', 'Ba Ria', 'Vung Tau'],
    specialZones: ['Côn Đảo'],
    note: 'political-administrative centre NOT FOUND',
    olds: [
      {
        key: 'ho-chi-minh-city-pre2025',
        nameVi: 'Thành phố Hồ Chí Minh',
        nameEn: 'Ho Chi Minh City',
        aliases: HCMC_SHORT_NAMES,
        aliasSources: HCMC_SHORT_NAME_SOURCES,
        level: 'MUNICIPALITY',
        code: '79',
        codeSources: CODE_SOURCES,
        note: 'code 79: the old code of the lead unit, kept by the new unit',
      },
      { key: 'binh-duong-pre2025', nameVi: 'Bình Dương' },
      { key: 'ba-ria-vung-tau-pre2025', nameVi: 'Bà Rịa – Vũng Tàu' },
    ],
  },
  {
    key: 'dong-nai',
    nameVi: 'Đồng Nai',
    level: 'PROVINCE',
    areaKm2: 12737.18,
    population: 4491408,
    formerCapitalWardNames: ['Binh Phuoc'],
    note: 'political-administrative centre NOT FOUND; a province on 1 Jul 2025, becomes Đồng Nai city (centrally run) per Resolution 30/2026/QH16 (see provinceChanges)',
    olds: [
      { key: 'dong-nai-pre2025', nameVi: 'Đồng Nai' },
      { key: 'binh-phuoc-pre2025', nameVi: 'Bình Phước' },
    ],
  },
  {
    key: 'tay-ninh',
    nameVi: 'Tây Ninh',
    level: 'PROVINCE',
    centre: 'Tân An, former Long An capital, now Long An ward',
    centreSources: [S.vietnamnet2415479, S.baotayninh, S.wikiTayNinh],
    areaKm2: 8536.44,
    population: 3254170,
    formerCapitalWardNames: ['Long An'],
    olds: [
      { key: 'tay-ninh-pre2025', nameVi: 'Tây Ninh' },
      { key: 'long-an-pre2025', nameVi: 'Long An' },
    ],
  },
  {
    key: 'can-tho',
    nameVi: 'Cần Thơ',
    level: 'MUNICIPALITY',
    code: '92',
    codeSources: CODE_SOURCES,
    areaKm2: 6360.83,
    population: 4199824,
    formerCapitalWardNames: ['Vi Thanh', 'Soc Trang'],
    note: 'political-administrative centre NOT FOUND',
    olds: [
      {
        key: 'can-tho-pre2025',
        nameVi: 'Cần Thơ',
        level: 'MUNICIPALITY',
        code: '92',
        codeSources: CODE_SOURCES,
        note: 'code 92: the old code of the lead unit, kept by the new unit',
      },
      { key: 'soc-trang-pre2025', nameVi: 'Sóc Trăng' },
      { key: 'hau-giang-pre2025', nameVi: 'Hậu Giang' },
    ],
  },
  {
    key: 'vinh-long',
    nameVi: 'Vĩnh Long',
    level: 'PROVINCE',
    areaKm2: 6296.2,
    population: 4257581,
    formerCapitalWardNames: ['Tra Vinh', 'Ben Tre'],
    note: 'political-administrative centre NOT FOUND',
    olds: [
      { key: 'vinh-long-pre2025', nameVi: 'Vĩnh Long' },
      { key: 'ben-tre-pre2025', nameVi: 'Bến Tre' },
      { key: 'tra-vinh-pre2025', nameVi: 'Trà Vinh' },
    ],
  },
  {
    key: 'dong-thap',
    nameVi: 'Đồng Tháp',
    level: 'PROVINCE',
    centre: 'present-day Tiền Giang',
    centreSources: [S.odooReadme],
    areaKm2: 5938.64,
    population: 4370046,
    formerCapitalWardNames: ['My Tho'],
    note: SINGLE_CODE_CENTRE,
    olds: [
      { key: 'dong-thap-pre2025', nameVi: 'Đồng Tháp' },
      { key: 'tien-giang-pre2025', nameVi: 'Tiền Giang' },
    ],
  },
  {
    key: 'ca-mau',
    nameVi: 'Cà Mau',
    level: 'PROVINCE',
    code: '96',
    codeSources: CODE_SOURCES,
    areaKm2: 7942.39,
    population: 2606672,
    formerCapitalWardNames: ['Bac Lieu'],
    note: 'political-administrative centre NOT FOUND',
    olds: [
      {
        key: 'ca-mau-pre2025',
        nameVi: 'Cà Mau',
        code: '96',
        codeSources: CODE_SOURCES,
        note: 'code 96: the old code of the lead province, kept by the new unit',
      },
      { key: 'bac-lieu-pre2025', nameVi: 'Bạc Liêu' },
    ],
  },
  {
    key: 'an-giang',
    nameVi: 'An Giang',
    level: 'PROVINCE',
    centre: 'present-day Kiên Giang',
    centreSources: [S.odooReadme],
    areaKm2: 9888.91,
    population: 4952238,
    formerCapitalWardNames: ['Rach Gia'],
    specialZones: ['Kiên Hải', 'Phú Quốc', 'Thổ Châu'],
    note: SINGLE_CODE_CENTRE,
    olds: [
      { key: 'an-giang-pre2025', nameVi: 'An Giang' },
      { key: 'kien-giang-pre2025', nameVi: 'Kiên Giang' },
    ],
  },
];

const uniq = (xs: string[]): string[] => [...new Set(xs)];

function newRecord(u: NewUnit): ProvinceSeed {
  const sources: string[] = [...MAPPING_SOURCES];
  if (u.areaKm2 !== undefined || u.population !== undefined) sources.push(...AREA_SOURCES);
  if (u.centre) sources.push(...(u.centreSources ?? CENTRE_60_SOURCES));
  if (u.code) sources.push(...(u.codeSources ?? []));
  if (u.formerCapitalWardNames) sources.push(S.tothethao);
  if (u.specialZones) sources.push(S.dientuungdung10143);
  if (u.aliases) sources.push(...(u.aliasSources ?? []));
  const record: ProvinceSeed = {
    key: u.key,
    nameVi: u.nameVi,
    level: u.level,
    generation: 'POST_2025',
    validFrom: '2025-07-01',
    sources: uniq(sources),
  };
  if (u.nameEn) record.nameEn = u.nameEn;
  if (u.aliases) record.aliases = u.aliases;
  if (u.code) record.code = u.code;
  if (u.centre) record.centre = u.centre;
  if (u.areaKm2 !== undefined) record.areaKm2 = u.areaKm2;
  if (u.population !== undefined) record.population = u.population;
  if (u.formerCapitalWardNames) record.formerCapitalWardNames = u.formerCapitalWardNames;
  if (u.specialZones) record.specialZones = u.specialZones;
  const notes = [u.olds.length === 1 ? 'unchanged by the 2025 reorganisation' : `merged from ${u.olds.map((o) => o.nameVi).join(' + ')}`];
  if (u.note) notes.push(u.note);
  record.note = notes.join('; ');
  return record;
}

function oldRecord(o: OldUnit, u: NewUnit): ProvinceSeed {
  const record: ProvinceSeed = {
    key: o.key,
    nameVi: o.nameVi,
    level: o.level ?? 'PROVINCE',
    generation: 'PRE_2025',
    validUntil: '2025-06-30',
    successorKey: u.key,
    sources: uniq([...MAPPING_SOURCES, ...(o.code ? (o.codeSources ?? []) : []), ...(o.aliases ? (o.aliasSources ?? []) : [])]),
  };
  if (o.nameEn) record.nameEn = o.nameEn;
  if (o.aliases) record.aliases = o.aliases;
  if (o.code) record.code = o.code;
  const notes = [u.olds.length === 1 ? 'unchanged: continues as the POST_2025 unit of the same name' : `merged into ${u.nameVi} on 1 Jul 2025`];
  if (o.note) notes.push(o.note);
  record.note = notes.join('; ');
  return record;
}

/** POST_2025 units first (in FACTS.md's order), then the 63 PRE_2025 units. */
export const provinces: ProvinceSeed[] = [
  ...units.map(newRecord),
  ...units.flatMap((u) => u.olds.map((o) => oldRecord(o, u))),
];

/** Status changes after the 2025 reorganisation. FACTS.md marks both [single code source + official headlines]. */
export const provinceChanges: ProvinceChangeSeed[] = [
  {
    key: 'dong-nai-becomes-city-2026',
    provinceKey: 'dong-nai',
    effectiveOn: '2026-04-30',
    issuedOn: '2026-04-14',
    change: 'Đồng Nai city (centrally run) is set up from Đồng Nai province',
    instrument: 'Resolution 30/2026/QH16 (listed with 237/NQ-UBTVQH16)',
    newLevel: 'MUNICIPALITY',
    sources: [S.thanglequocReadme, S.dongnaiGov6760, S.dongnaiGov6765],
    note: '[single code source + official headlines] the repository lists 30/2026/QH16 with 237/NQ-UBTVQH16 "issued 14 Apr 2026, effective 30 Apr 2026"; which of the two the dates belong to is not clear. The dongnai.gov.vn headlines corroborate the city (no body text seen)',
  },
  {
    key: 'quang-ninh-becomes-city-2026',
    provinceKey: 'quang-ninh',
    effectiveOn: '2026-09-01',
    issuedOn: '2026-08-24',
    change: 'Quảng Ninh province becomes Quảng Ninh city (centrally run); the code (22) is unchanged',
    instrument: 'Resolution 36/2026/QH16',
    newLevel: 'MUNICIPALITY',
    sources: [S.thanglequocV510],
    note: '[single code source] if both changes hold there are still 34 provincial-level units, but no longer 6 cities + 28 provinces',
  },
];
