import type { EventSeed } from './types.js';
import { congresses } from './congresses.js';
import { organizations } from './organizations.js';
import { S } from './sources.js';

/**
 * Dated events FACTS.md names. Participants are listed only where a source says who took part (none of
 * the facts does, so no participations are seeded). Not here, for want of a date or an organiser: the
 * insignia given to Russian Ambassador K. Vnukov (date not stated; see ambassadors.ts); the provincial
 * review conferences of the 2019–2025 National Programme (Dec 2025, which provinces not stated); the
 * handover ceremonies of 30 Jun 2025 and the election of 15 Mar 2026 (state events, kept in provinces.ts /
 * parliamentary-groups.ts).
 */

const CONFERENCE_SOURCES = [S.vietnamtimes247895, S.vov1251222, S.tienphong1801780];

const conferences: EventSeed[] = [
  {
    key: 'fngo-conference-5',
    kind: 'CONFERENCE',
    title:
      '5th International Conference on Cooperation between Viet Nam and Foreign NGOs, partners for prosperous and sustainable development',
    startDate: '2025-12-04',
    provinceKey: 'ha-noi',
    venue: 'National Convention Centre, Hanoi',
    organizerKeys: ['comingo', 'vufo'],
    participantCount: 500,
    participantCountQualifier: 'MORE_THAN',
    description: 'Organised by COMINGO and VUFO; 500+ delegates. Earlier conferences: 1992, 2003, 2013, 2019.',
    sources: [...CONFERENCE_SOURCES, S.vufo61236en],
    note: 'the team\'s documents said it was "being prepared"; it was already held on 4 Dec 2025',
  },
  ...(['1992', '2003', '2013', '2019'] as const).map(
    (year, i): EventSeed => ({
      key: `fngo-conference-${i + 1}`,
      kind: 'CONFERENCE',
      title: `International Conference on cooperation with foreign NGOs (${i + 1}${['st', 'nd', 'rd', 'th'][i]}, ${year})`,
      startDate: year,
      organizerKeys: [],
      sources: CONFERENCE_SOURCES,
      note: 'only the year is stated ("Earlier conferences: 1992, 2003, 2013, 2019"); the ordinal follows from the 2025 conference being the 5th; full title, venue and organisers not stated',
    }),
  ),
];

/** A CONGRESS event for every congress, organised by the organisation that held it. */
const congressEvents: EventSeed[] = congresses.map((c) => {
  const org = organizations.find((o) => o.key === c.organizationKey);
  const event: EventSeed = {
    key: `${c.key}-event`,
    kind: 'CONGRESS',
    title: c.title ?? `Congress of ${org?.nameEn ?? c.organizationKey}`,
    startDate: c.heldOn,
    organizerKeys: [c.organizationKey],
    congressKey: c.key,
    sources: c.sources,
  };
  if (org?.countryCodes?.length) event.countryCodes = org.countryCodes;
  if (c.note) event.note = c.note;
  return event;
});

const others: EventSeed[] = [
  {
    key: 'vietnam-singapore-fa-10th-anniversary',
    kind: 'ANNIVERSARY',
    title: '10th anniversary of the Vietnam–Singapore Friendship Association',
    startDate: '2024-11-29',
    organizerKeys: ['vietnam-singapore-fa'],
    countryCodes: ['SG'],
    sources: [S.baoquocte19758, S.thoidai161780, S.dangcongsanRu36629],
    note: 'FACTS.md: "10th anniversary marked 29 Nov 2024"; the organiser is taken to be the association itself (modelling choice)',
  },
  {
    key: 'vufo-meeting-2025-07',
    kind: 'MEETING',
    title: 'VUFO meeting of July 2025 (update on the 2025 reorganisation of VUFO\'s apparatus)',
    startDate: '2025-07',
    organizerKeys: ['vufo'],
    description:
      'Mentions leaders of "các ban, đơn vị thuộc Cơ quan thường trực" and "ban chuyên môn"; gave an update on the 2025 reorganisation of VUFO\'s apparatus.',
    sources: [S.tacnghiep214920],
    note: 'the same source names Nguyễn Ngọc Hùng and Đồng Huy Cương as VUFO Vice-Presidents on 18 Jul 2025; the meeting\'s exact day is not stated separately',
  },
  {
    key: 'vufo-online-meeting-52-unions',
    kind: 'MEETING',
    title: 'Online meeting of VUFO linking 52 provincial/city unions',
    startDate: '2024-04-19',
    startDateCandidates: ['2024-04-19', '2025-04-19'],
    organizerKeys: ['vufo'],
    description: 'An online meeting linked 52 provincial/city unions of friendship organizations.',
    sources: [S.vufoLuatkhoa],
    note: '19 Apr, year not shown (2024 or 2025; Nguyễn Ngọc Hùng already VP). startDate holds the earlier candidate',
  },
  {
    key: 'insignia-singapore-ambassador-2016-03',
    kind: 'AWARD',
    title: 'Insignia "For peace and friendship among nations" (Kỷ niệm chương "Vì hòa bình, hữu nghị giữa các dân tộc") to the Ambassador of Singapore',
    startDate: '2016-03',
    organizerKeys: ['vufo'],
    countryCodes: ['SG'],
    ambassadorPostingKey: 'singapore-ambassador-2016',
    sources: [S.mfaSg201603, S.vietnamplus198126],
    note: 'the ambassador is not named in FACTS.md; whether it was a farewell is not stated',
  },
  {
    key: 'vufo-honours-30-fngos-2016',
    kind: 'AWARD',
    title: 'VUFO honours 30 foreign NGOs',
    startDate: '2016',
    organizerKeys: ['vufo'],
    sources: [S.vietnamtimes9739],
    note: 'an honour list in a news article (30 FNGOs, 2016); which organisations were honoured is not split out in FACTS.md',
  },
  {
    key: 'fngo-honours-2021',
    kind: 'AWARD',
    title: '49 foreign NGOs honoured',
    startDate: '2021',
    organizerKeys: [],
    sources: [S.vufo46343],
    note: 'organiser not stated',
  },
  {
    key: 'fngo-awards-2022',
    kind: 'AWARD',
    title: "7 foreign NGOs receive the Prime Minister's certificate of merit; 30 receive VUFO Presidium certificates",
    startDate: '2022',
    organizerKeys: [],
    sources: [S.vnanet319104],
    note: 'organiser of the ceremony not stated; which 7 NGOs is not split out in FACTS.md',
  },
];

export const events: EventSeed[] = [...conferences, ...congressEvents, ...others];
