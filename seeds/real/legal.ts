import type { LegalInstrumentSeed, LegalRuleSeed } from './types.js';
import { S } from './sources.js';

/**
 * Legal and political instruments FACTS.md names, and the registration rules of Decree 58/2022/NĐ-CP on
 * foreign NGOs (the legal basis of "intervention areas": an FNGO may work only in the areas and fields of
 * its Registration Certificate).
 *
 * Decision 118-QĐ/TW (2023) and Decree 59/2022/NĐ-CP are here as the team's two source documents name
 * them (sources in their own right), with what those say of them and no more: outside sources did not
 * confirm the first (FACTS.md: NOT FOUND), nor were they checked for the second (out of scope).
 *
 * Left out: the "26 Party committees" (NOT FOUND; a reported figure of the July 2025 document, not an
 * instrument); Resolutions 39/2026/QH16 and 388/NQ-UBTVQH16 (content not read); the decree
 * on approving individual aid projects ("Nghị định số 12" in a Hòa Bình report: number and content not
 * verified, no source given); an official definition of "intervention area" (NOT FOUND; the decree says
 * "địa bàn hoạt động", area of operation).
 */

const ND58 = [S.hethongphapluatNd58, S.hethongphapluatNd58Ch2, S.thuvienphapluat528142];

export const legalInstruments: LegalInstrumentSeed[] = [
  {
    key: 'decree-58-2022',
    kind: 'DECREE',
    number: '58/2022/NĐ-CP',
    issuedOn: '2022-08-31',
    issuer: 'Government',
    signedByPersonKey: 'pham-binh-minh',
    subject: 'Registration and management of foreign non-governmental organisations in Vietnam',
    sources: ND58,
  },
  {
    key: 'decisions-339-340-ttg',
    kind: 'DECISION',
    number: '339/TTg and 340/TTg',
    issuer: 'Prime Minister',
    subject:
      'Earlier framework for foreign NGOs: permits for operation, for project offices and for representative offices (2000: 363 permits issued)',
    sources: [S.vietnamonline, S.vietnamgateway],
    note: 'dates not stated',
  },
  {
    key: 'decision-59-2001-qd-ttg',
    kind: 'DECISION',
    number: '59/2001/QĐ-TTg',
    issuedOn: '2001-04-24',
    issuer: 'Prime Minister',
    subject: 'Setting up the Committee for Foreign NGO Affairs (COMINGO)',
    sources: [S.vietnamonline],
    note: 'from a travel-guide site; not checked against the legal text',
  },
  {
    key: 'vufo-statute-6th-term',
    kind: 'STATUTE',
    title: 'Statute of VUFO (6th term)',
    issuedOn: '2021-03-23',
    issuer: 'Prime Minister (approval)',
    subject:
      'Statute of the Vietnam Union of Friendship Organizations, approved by the Prime Minister on 23 Mar 2021: the first statute approved by the PM; applies to both central and local VUFO',
    sources: [S.thoidai137654, S.daklak843, S.cuuchienbinh28434],
  },
  {
    key: 'directive-12-ct-tw-2022',
    kind: 'DIRECTIVE',
    number: '12-CT/TW',
    issuedOn: '2022-01-05',
    issuer: 'Party Secretariat',
    subject: "On strengthening the Party's leadership and raising the effectiveness of people-to-people diplomacy in the new situation",
    sources: [S.hethongphapluatCt12, S.hoiluatgiaCt12],
    note: 'follows Directive 04-CT/TW of 6 Jul 2011',
  },
  {
    key: 'decision-118-qd-tw-2023',
    kind: 'DECISION',
    number: '118-QĐ/TW',
    issuedOn: '2023',
    subject:
      'Not stated. Named with Directive 12-CT/TW (2022) among the documents that delegates of VUFO’s July 2025 conference with its central member organisations proposed to revise and update, so that the nature of the tasks assigned to the associations fits their voluntary character',
    sources: [S.docVufoInformationConference202507],
    note: 'not independently confirmed: FACTS.md searched for it and found nothing (NOT FOUND); the document writes "Décision 118-QD/TW (2023)", the year as it gives it; issuer not stated',
  },
  {
    key: 'decree-59-2022-nd-cp',
    kind: 'DECREE',
    number: '59/2022/NĐ-CP',
    issuedOn: '2022',
    subject:
      'Electronic identification, as the document refers to it: PACCOM worked with the Ministry of Public Security to study and carry out the digital-identity registration procedure under this decree, and was preparing a training on it for NGOs',
    sources: [S.docNgoConference2025],
    note: 'not checked against the legal text (FACTS.md: out of scope); title and day not stated, the year is its number’s; the document writes "décret no 59/2022/ND-CP"',
  },
  {
    key: 'directive-04-ct-tw-2011',
    kind: 'DIRECTIVE',
    number: '04-CT/TW',
    issuedOn: '2011-07-06',
    subject: 'People-to-people diplomacy (the directive followed by 12-CT/TW of 2022)',
    sources: [S.hethongphapluatCt12, S.hoiluatgiaCt12],
    note: 'title not given in FACTS.md',
  },
  {
    key: 'decision-980-qdns-tw-2023',
    kind: 'DECISION',
    number: '980-QĐNS/TW',
    issuedOn: '2023-09-14',
    subject: "Naming Phan Anh Son Secretary of VUFO's Party Delegation",
    sources: [S.nhandan772751],
  },
  {
    key: 'conclusion-127-kl-tw',
    kind: 'CONCLUSION',
    number: '127-KL/TW',
    subject: 'Mass associations "assigned tasks by the Party and State" are being placed under the Vietnam Fatherland Front',
    sources: [S.baomoiC52824223, S.vietnamplus1062559, S.homevn16373],
    note: 'date not stated. From 1 Jul 2025 the VFF and mass organisations work under a new model',
  },
  {
    key: 'official-letter-59-cv-bcd-2025',
    kind: 'OFFICIAL_LETTER',
    number: '59-CV/BCĐ',
    issuedOn: '2025-09-12',
    subject: 'Placing mass associations "assigned tasks by the Party and State" under the Vietnam Fatherland Front',
    sources: [S.vietnamplus1062559],
  },
  {
    key: 'decision-6595-qd-ubnd-2024',
    kind: 'DECISION',
    number: '6595/QĐ-UBND',
    issuedOn: '2024-12-24',
    subject: 'Setting up the Hanoi Vietnam–Singapore Friendship Association',
    sources: [S.thoidai209677],
  },
  {
    key: 'national-programme-fngo-2019-2025',
    kind: 'PROGRAMME',
    title: 'National programme on strengthening cooperation and mobilising foreign non-governmental aid for the 2019-2025 period',
    periodStart: '2019',
    periodEnd: '2025',
    subject: 'Cooperation with and mobilisation of foreign NGO aid; provinces held review conferences for it in Dec 2025',
    sources: [S.vnanet319104, S.dufoDongnai505],
  },
  {
    key: 'resolution-60-nq-tw-2025',
    kind: 'RESOLUTION',
    number: '60-NQ/TW',
    issuedOn: '2025-04-12',
    issuer: 'Party Central Committee (11th plenum)',
    subject: 'Provisional names and political-administrative centres of the new provincial-level units',
    sources: [S.qdnd577115, S.vietnamnews1695765],
  },
  {
    key: 'resolutions-125-126-nq-cp-2025',
    kind: 'RESOLUTION',
    number: '125/NQ-CP and 126/NQ-CP',
    issuedOn: '2025-05-09',
    issuer: 'Government',
    subject: 'The May 2025 government plan for commune-level units (2,636 communes, 672 wards, 13 special zones)',
    sources: [S.baobacgiang417893],
  },
  {
    key: 'resolution-202-2025-qh15',
    kind: 'RESOLUTION',
    number: '202/2025/QH15',
    issuedOn: '2025-06-12',
    effectiveOn: '2025-06-12',
    issuer: 'National Assembly',
    signedByPersonKey: 'tran-thanh-man',
    subject: 'Reorganisation of provincial-level administrative units (63 → 34)',
    sources: [S.luatvietnam402728, S.wikiTayNinh, S.vntravellive39075, S.vietnamvnRes202],
    note: 'took effect on adoption (12 Jun 2025); some code READMEs (tvanlam/bag_shop, jatincreliution/Odoo-module) give "effective 1 Jul 2025", the day the new local governments started work',
  },
  {
    key: 'decision-19-2025-qd-ttg',
    kind: 'DECISION',
    number: '19/2025/QĐ-TTg',
    issuedOn: '2025-06-30',
    effectiveOn: '2025-07-01',
    issuer: 'Prime Minister',
    subject: 'List and codes of administrative units',
    sources: [S.thanglequocReadme],
    note: 'published at nso.gov.vn and danhmuchanhchinh.nso.gov.vn (licence not stated)',
  },
  {
    key: 'decision-759-qd-ttg-2025',
    kind: 'DECISION',
    number: '759/QĐ-TTg',
    issuedOn: '2025-04-14',
    subject: 'Cited for Đà Lạt as the centre of the new Lâm Đồng',
    sources: [S.cocc],
    note: 'weak source (cocc.edu.vn)',
  },
  {
    key: 'resolution-30-2026-qh16',
    kind: 'RESOLUTION',
    number: '30/2026/QH16',
    issuer: 'National Assembly',
    subject: 'Setting up Đồng Nai city (centrally run)',
    sources: [S.thanglequocReadme, S.dongnaiGov6760, S.dongnaiGov6765],
    note: '[single code source + official headlines] listed with 237/NQ-UBTVQH16 "issued 14 Apr 2026, effective 30 Apr 2026" (see provinceChanges)',
  },
  {
    key: 'resolution-36-2026-qh16',
    kind: 'RESOLUTION',
    number: '36/2026/QH16',
    issuedOn: '2026-08-24',
    effectiveOn: '2026-09-01',
    issuer: 'National Assembly',
    subject: 'Quảng Ninh province becomes Quảng Ninh city (centrally run); code 22 unchanged',
    sources: [S.thanglequocV510],
    note: '[single code source]',
  },
];

export const legalRules: LegalRuleSeed[] = [
  {
    key: 'nd58-scope',
    instrumentKey: 'decree-58-2022',
    topic: 'SCOPE',
    statement: 'Applies to foreign NGOs doing development support, non-profit humanitarian aid and other purposes in Vietnam.',
    sources: ND58,
  },
  {
    key: 'nd58-art7-registration-authority',
    instrumentKey: 'decree-58-2022',
    article: '7',
    topic: 'REGISTRATION_AUTHORITY',
    statement:
      'The Ministry of Foreign Affairs issues, extends, amends, re-issues, suspends, terminates and revokes the Registration Certificate (Giấy đăng ký).',
    authorityKey: 'mofa',
    sources: ND58,
  },
  {
    key: 'nd58-art8-operating-area',
    instrumentKey: 'decree-58-2022',
    article: '8',
    topic: 'OPERATING_AREA',
    statement:
      'A foreign NGO may work only in the areas (địa bàn) and fields (lĩnh vực) stated in its Registration Certificate.',
    sources: ND58,
    note: 'the legal basis of the "intervention area" concept; the decree wording is "địa bàn hoạt động" (area of operation). An official definition of "intervention area": NOT FOUND',
  },
  {
    key: 'nd58-art8-representative-office',
    instrumentKey: 'decree-58-2022',
    article: '8',
    topic: 'REPRESENTATIVE_OFFICE',
    statement:
      'A foreign NGO may have one representative office, located in Hà Nội, Đà Nẵng or TP HCM, and not inside the premises of Party, State or socio-political bodies.',
    registrationType: 'REPRESENTATIVE_OFFICE',
    maxRepresentativeOffices: 1,
    allowedProvinceKeys: ['ha-noi-pre2025', 'da-nang-pre2025', 'ho-chi-minh-city-pre2025'],
    sources: ND58,
    note: 'province keys are the 2022 units the decree names; Đà Nẵng and TP HCM have been larger units since 1 Jul 2025',
  },
  {
    key: 'nd58-art9-operation-validity',
    instrumentKey: 'decree-58-2022',
    article: '9',
    topic: 'REGISTRATION_VALIDITY',
    statement:
      'An operation registration is valid for at most 3 years, and not beyond the foreign NGO\'s registration period in its home country.',
    registrationType: 'OPERATION',
    maxValidityYears: 3,
    sources: ND58,
  },
  {
    key: 'nd58-art9-representative-office-validity',
    instrumentKey: 'decree-58-2022',
    article: '9',
    topic: 'REGISTRATION_VALIDITY',
    statement:
      'A representative-office registration is valid for at most 5 years, and not beyond the foreign NGO\'s registration period in its home country.',
    registrationType: 'REPRESENTATIVE_OFFICE',
    maxValidityYears: 5,
    sources: ND58,
  },
  {
    key: 'nd58-rights',
    instrumentKey: 'decree-58-2022',
    topic: 'RIGHTS',
    statement:
      'Rights include tax, import and work-permit benefits under law; accounts in VND or foreign currency; transferring foreign currency for aid activities; awards; voluntary termination.',
    sources: [S.thuvienphapluat528142],
  },
  {
    key: 'older-regime-permit-types',
    instrumentKey: 'decisions-339-340-ttg',
    topic: 'PERMIT_TYPES',
    statement: 'Under the older regime there were permits for operation, for project offices and for representative offices (2000: 363 permits issued).',
    sources: [S.vietnamgateway, S.vietnamonline],
  },
];
