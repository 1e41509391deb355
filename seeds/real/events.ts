import type { EventSeed } from './types.js';
import { congresses } from './congresses.js';
import { organizations } from './organizations.js';
import { S } from './sources.js';

/**
 * Dated events FACTS.md or the team's source documents (../shared/domain/sources/) name. Participants are
 * listed only where a source says who took part, in which role: the speakers the two source documents name
 * (FACTS.md names none). Not here, for want of a date or an organiser: the
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
    key: 'vufo-information-conference-2025-07',
    kind: 'CONFERENCE',
    title: 'VUFO conference sharing information with its central member organisations (first half of 2025)',
    startDate: '2025-07',
    organizerKeys: ['vufo'],
    description:
      'VUFO\'s information-sharing conference with its central member organisations ("Conférence de partage d\'informations avec les organisations membres au niveau national"): the results of the first six months of 2025 and the key tasks of the last six; the organisation and consolidation of VUFO\'s structure, including an update on the 2025 reorganisation of its apparatus. The delegates discussed 7 groups of questions: partnerships (the partner database, new partners); regular meetings, and association leaders attending ambassador welcomes and farewells; coordination with local associations; streamlining executive and standing committees ("long lists but few people actively taking part"); a strategic orientation for people-to-people diplomacy with the Vietnam Fatherland Front; staff training; the organisation of associations after the merger of administrative units. Leaders of "các ban, đơn vị thuộc Cơ quan thường trực" and "ban chuyên môn" are mentioned.',
    sources: [S.tacnghiep214920, S.docVufoInformationConference202507],
    note: 'the team\'s July 2025 source document reports the same meeting FACTS.md cites as tacnghiep.thoidai 214920; the same source names Nguyen Ngoc Hung and Dong Huy Cuong as VUFO Vice-Presidents on 18 Jul 2025; the conference\'s exact day is not stated separately. Venue not stated',
    participants: [
      {
        personKey: 'nguyen-ngoc-hung',
        role: 'RAPPORTEUR',
        onBehalfOfKey: 'vufo',
        sources: [S.docVufoInformationConference202507],
        note: 'the delegates heard "le rapport du vice-président Nguyen Ngoc Hung" on the results of the first six months and the priorities of the last six',
      },
      {
        personKey: 'nguyen-thi-thu-giang',
        role: 'SPEAKER',
        onBehalfOfKey: 'vufo',
        sources: [S.docVufoInformationConference202507],
        note: 'spoke ("a pris la parole") as head of VUFO\'s European department; that post is stated only by this document (FACTS.md: NOT FOUND)',
      },
      {
        personKey: 'pham-quang-vinh',
        role: 'SPEAKER',
        onBehalfOfKey: 'vietnam-usa-society',
        sources: [S.docVufoInformationConference202507],
        note: 'spoke as Ambassador, President of the Vietnam–USA Society ("président de la Société Vietnam-États-Unis")',
      },
      {
        personKey: 'nguyen-duc-hung',
        role: 'SPEAKER',
        onBehalfOfKey: 'vietnam-singapore-fa',
        sources: [S.docVufoInformationConference202507],
        note: 'spoke as Ambassador, Vice-President and Secretary General of the Vietnam–Singapore Friendship Association',
      },
      {
        personKey: 'phan-anh-son',
        role: 'CLOSING_SPEAKER',
        onBehalfOfKey: 'vufo',
        sources: [S.docVufoInformationConference202507],
        note: '"En clôture de la conférence, le président de l\'Union vietnamienne des organisations d\'amitié, Phan Anh Son"',
      },
    ],
  },
  {
    key: 'vufo-presidium-conference-2025-01-09',
    kind: 'MEETING',
    title: 'Conference of the VUFO Presidium (9 Jan 2025)',
    startDate: '2025-01-09',
    organizerKeys: ['vufo'],
    description:
      'Its resolution stressed the importance of the Party organisation as the foundation of political action; VUFO "continued to apply it in full" (President Phan Anh Son, July 2025).',
    sources: [S.docVufoInformationConference202507],
    note: 'known only from the July 2025 source document ("la résolution de la Conférence du Présidium du 9 janvier 2025"), not from FACTS.md; venue and participants not stated',
  },
  {
    key: 'comingo-fngo-conference-2025',
    kind: 'CONFERENCE',
    title: 'Conference of the Committee for Foreign NGO Affairs with foreign NGOs on adapting to the reorganisation of administrative units',
    startDate: '2025',
    organizerKeys: ['comingo', 'paccom', 'vufo'],
    description:
      'Held to help foreign NGOs adapt to the reorganisation of administrative units (the two-level local government), with networking and information sharing. The Committee had recently issued guidelines for adjusting intervention areas and standard model files; PACCOM (part of VUFO) had worked with the Ministry of Public Security on e-identification registration under Decree 59/2022/NĐ-CP and was preparing a training for NGOs. The report presented there counts 378 foreign NGOs from 30 countries and territories and USD 233 million of aid in 2024. President Phan Anh Son spoke as the country closed the National Programme (2019–2025) and prepared the 5th International Conference.',
    sources: [S.docNgoConference2025],
    note: 'date: 2025, before the 5th International Conference of 4 Dec 2025, which the document says was being prepared; the exact day is not stated, so startDate is the year. Organisers: the Committee for Foreign NGO Affairs (COMINGO), whose standing agency is VUFO, with PACCOM and VUFO, whose work with the NGOs the document describes. Venue not stated',
    participants: [
      {
        personKey: 'phan-anh-son',
        role: 'SPEAKER',
        onBehalfOfKey: 'vufo',
        sources: [S.docNgoConference2025],
        note: '"Phan Anh Son, président de l\'Union des associations d\'amitié du Vietnam, a appelé les ONG et les autorités compétentes à renforcer la coopération"',
      },
    ],
  },
  {
    key: 'vufo-online-meeting-52-unions',
    kind: 'MEETING',
    title: 'Online meeting of VUFO linking 52 provincial/city unions',
    startDate: '--04-19',
    startDateCandidates: ['2024-04-19', '2025-04-19'],
    organizerKeys: ['vufo'],
    description: 'An online meeting linked 52 provincial/city unions of friendship organizations.',
    sources: [S.vufoLuatkhoa],
    note: '19 Apr, year not shown (2024 or 2025; Nguyen Ngoc Hung already VP): the day and month as the page gives them (--04-19), its two possible years as candidates',
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
