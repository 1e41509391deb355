import type { LegislatureSeed, ParliamentaryGroupSeed } from './types.js';
import { S } from './sources.js';

/**
 * Friendship parliamentarians groups of the National Assembly (FACTS.md §4), under the Vietnam Friendship
 * Parliamentarians Organisation (organizations.ts key 'vfpo'; "the organisation had 46 groups").
 * `coordinatingAssociationKey` links a group to the friendship association of the same country: that link
 * is a modelling choice, not something a source states. Total number of groups in the 15th and 16th NA and
 * all 16th-NA groups: NOT FOUND.
 */

const COORDINATION_NOTE = 'coordinatingAssociationKey: the friendship association of the same country (modelling choice, not stated in a source)';

export const parliamentaryGroups: ParliamentaryGroupSeed[] = [
  {
    key: 'na15-vietnam-laos',
    legislature: 15,
    countryCodes: ['LA'],
    nameEn: 'Vietnam–Laos Friendship Parliamentarians Group',
    chairPersonKey: 'tran-thanh-man',
    memberCount: 12,
    coordinatingAssociationKey: 'vietnam-laos-fa',
    parentOrganizationKey: 'vfpo',
    sources: [S.vietnamplus230985, S.vietnamplus269314],
    note: `12 deputies. ${COORDINATION_NOTE}`,
  },
  {
    key: 'na15-vietnam-france',
    legislature: 15,
    countryCodes: ['FR'],
    nameEn: 'Vietnam–France Friendship Parliamentarians Group',
    chairPersonKey: 'tran-thanh-man',
    coordinatingAssociationKey: 'aacvf',
    parentOrganizationKey: 'vfpo',
    sources: [S.vietnamplus243870],
    note: COORDINATION_NOTE,
  },
  {
    key: 'na15-vietnam-russia',
    legislature: 15,
    countryCodes: ['RU'],
    nameEn: 'Vietnam–Russia Friendship Parliamentarians Group',
    chairPersonKey: 'nguyen-khac-dinh',
    memberCount: 12,
    coordinatingAssociationKey: 'vietnam-russia-fa',
    parentOrganizationKey: 'vfpo',
    sources: [S.quochoitvRussia],
    note: `12 members. ${COORDINATION_NOTE}`,
  },
  {
    key: 'na15-vietnam-asean',
    legislature: 15,
    countryCodes: [],
    regionName: 'ASEAN',
    nameEn: 'Vietnam–ASEAN Friendship Parliamentarians Group',
    chairPersonKey: 'bui-van-cuong',
    viceChairPersonKeys: ['tran-thi-hong-an'],
    parentOrganizationKey: 'vfpo',
    sources: [S.vietnamplus231137, S.vietnamplus228849],
    note: 'regional group: member countries not listed in FACTS.md; no coordinating association',
  },
  {
    key: 'na15-vietnam-us',
    legislature: 15,
    countryCodes: ['US'],
    nameEn: 'Vietnam–US Friendship Parliamentarians Group',
    coordinatingAssociationKey: 'vietnam-usa-society',
    parentOrganizationKey: 'vfpo',
    asOf: '2022',
    sources: [S.vnanet306671],
    note: `FACTS.md gives the term only as "(2022)": 2022 lies between the setting-up of the 15th NA's organisation (8 Nov 2021) and the election of the 16th NA (15 Mar 2026). Chair not named; the group exists. ${COORDINATION_NOTE}`,
  },
  {
    key: 'na14-vietnam-japan',
    legislature: 14,
    countryCodes: ['JP'],
    nameEn: 'Vietnam–Japan Friendship Parliamentarians Group',
    chairPersonKey: 'pham-minh-chinh',
    coordinatingAssociationKey: 'vietnam-japan-fa',
    parentOrganizationKey: 'vfpo',
    asOf: '2018',
    sources: [S.nhandan6522502],
    note: COORDINATION_NOTE,
  },
  {
    key: 'vietnam-japan-2015',
    legislature: null,
    countryCodes: ['JP'],
    nameEn: 'Vietnam–Japan Friendship Parliamentarians Group',
    chairPersonKey: 'to-huy-rua',
    coordinatingAssociationKey: 'vietnam-japan-fa',
    parentOrganizationKey: 'vfpo',
    asOf: '2015',
    sources: [S.vufo401],
    note: `FACTS.md gives "2015 chair To Huy Rua" in the 14th-NA row; the legislature of 2015 is not stated, so it is left null. ${COORDINATION_NOTE}`,
  },
  {
    key: 'na14-vietnam-russia',
    legislature: 14,
    countryCodes: ['RU'],
    nameEn: 'Vietnam–Russia Friendship Parliamentarians Group',
    chairPersonKey: 'phan-xuan-dung',
    coordinatingAssociationKey: 'vietnam-russia-fa',
    parentOrganizationKey: 'vfpo',
    sources: [S.vietnamplus199459],
    note: COORDINATION_NOTE,
  },
  {
    key: 'vietnam-algeria',
    legislature: null,
    countryCodes: ['DZ'],
    nameEn: 'Vietnam–Algeria Friendship Parliamentarians Group',
    parentOrganizationKey: 'vfpo',
    sources: [S.baoxuanAlgeria],
    note: 'the group exists; legislature and chair not stated; no Vietnam–Algeria friendship association in FACTS.md',
  },
];

/** Legislatures with what FACTS.md states about them. */
export const legislatures: LegislatureSeed[] = [
  {
    number: 15,
    sources: [S.vtv20211108, S.sggp773925, S.baomoiC40821370],
    note: 'its Friendship Parliamentarians Organisation was set up by an NA Standing Committee resolution announced on 8 Nov 2021; the NA then had relations with more than 180 parliaments. Its dates are not stated in FACTS.md',
  },
  {
    number: 16,
    electedOn: '2026-03-15',
    termStart: '2026',
    termEnd: '2031',
    milestones: [
      { date: '2026-01-04', label: 'electoral boards set up by this date' },
      { date: '2026-02-01', label: 'candidacy dossiers due' },
      { date: '2026-02-26', endDate: '2026-02-27', label: 'official candidate lists posted' },
      { date: '2026-03-15', label: 'election of the 16th NA and People\'s Councils (2026–2031), a Sunday' },
    ],
    sources: [S.vietnamplus1092093, S.baoquangtri202603, S.dienbientv],
    note: '16th-NA friendship groups: NOT FOUND',
  },
];
