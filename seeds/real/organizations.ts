import type { OrganizationSeed } from './types.js';
import { S } from './sources.js';

/**
 * Organisations named in FACTS.md.
 *
 * - `parentKey` is the tree (the Union → its bodies; an association → its provincial branches; the National
 *   Assembly → its organisations); `memberOfKey: 'vufo'` marks central member associations and provincial
 *   unions, which are members of the Union, not parts of it.
 * - `nameVi` of the friendship associations follows the standard form "Hội Hữu nghị Việt Nam – <country>"
 *   (FACTS.md quotes only "Hội Việt–Mỹ" and the AACVF's Vietnamese name through its source addresses);
 *   where no standard form is certain (the Asian–African–Latin American committee, the Peace Fund's
 *   alternatives), it is left out.
 * - `provinceKey` of local bodies: the PRE_2025 unit when the source date is before 1 Jul 2025.
 * - `status` is left unset unless a 2025 source shows the organisation at work.
 * - `nameFr` only where a source writes the French name: the team's two French source documents
 *   (../shared/domain/sources/) name VUFO, PACCOM, COMINGO, the Vietnam–USA Society, the Vietnam–Singapore
 *   association and the National Assembly; FACTS.md gives none (the AACVF's French name only as its
 *   abbreviation). Elsewhere it stays unset. Apostrophes are written straight (the documents mix ' and ’).
 * - Left out: Vietnam–Germany and Vietnam–Cuba associations (FACTS.md: NOT FOUND, no source); VUFO's
 *   regional departments (NOT FOUND); the Party Committee of the VFF and central mass organisations
 *   (only named in a NOT FOUND check; its leader Đỗ Văn Chiến is in persons.ts).
 */

const VUFO_IDENTITY = [S.vufoGioiThieu, S.cuuchienbinh28434];
const VUFO_STATUTE = [S.thoidai137654, S.daklak843];
const VUFO_HQ = [S.wikiVufo, S.thoidai112395];
const VUFO_MENU = [S.vufo85692vn, S.vufo61236en];
const COMINGO_SOURCES = [S.thoidai154236, S.thoidai182364, S.vietexplorer2023, S.vietnamtimes247895, S.betaen87640, S.thoidai190342];

const STANDARD_VI = 'nameVi: standard Vietnamese form of the association name, not quoted from a source';

/** The team's source documents (French): the French names below are as they write them. */
const SOURCE_DOCUMENTS = [S.docVufoInformationConference202507, S.docNgoConference2025];
const FR_VUFO =
  'nameFr as the July 2025 source document writes it throughout; it also writes "Union des organisations d\'amitié du Vietnam", as does the 2025 NGO-conference document, which also writes "Union des associations d\'amitié du Vietnam".';

const union: OrganizationSeed[] = [
  {
    key: 'vufo',
    kind: 'UNION',
    nameVi: 'Liên hiệp các tổ chức hữu nghị Việt Nam',
    nameEn: 'Vietnam Union of Friendship Organizations',
    nameFr: "Union vietnamienne des organisations d'amitié",
    abbreviation: 'VUFO',
    provinceKey: 'ha-noi',
    traditionalDay: '1950-11-17',
    status: 'ACTIVE',
    stateManagedByKey: 'mofa',
    address: '105A Quán Thánh, Ba Đình, Hà Nội',
    website: 'https://vufo.org.vn',
    description:
      'Socio-political organisation specialised in people-to-people diplomacy and a member of the Vietnam Fatherland Front, with the "core role" in people-to-people diplomacy and foreign-NGO work. Its statute (6th term) was approved by the Prime Minister on 23 Mar 2021, the first statute approved by the PM; it applies to both central and local VUFO. State management is by the Ministry of Foreign Affairs. National Congress every 5 years.',
    sources: [...VUFO_IDENTITY, ...VUFO_STATUTE, ...VUFO_HQ, ...SOURCE_DOCUMENTS],
    note: `${FR_VUFO} Traditional Day 17 Nov 1950 is kept as traditionalDay, not as a founding date. The address is as the source gives it (Ba Đình district, before the 2025 abolition of districts). status ACTIVE: co-organised the conference of 4 Dec 2025. website: the domain of the cited vufo.org.vn pages (https assumed). Member counts after 2019 and the 7th National Congress (2024–2029): NOT FOUND`,
  },
  {
    key: 'vufo-standing-agency',
    kind: 'UNION_BODY',
    nameVi: 'Cơ quan Thường trực',
    nameEn: 'Standing Agency of VUFO',
    parentKey: 'vufo',
    description:
      'A section of vufo.org.vn\'s Vietnamese menu. A July 2025 meeting mentions leaders of "các ban, đơn vị thuộc Cơ quan thường trực" and "ban chuyên môn".',
    sources: [...VUFO_MENU, S.tacnghiep214920],
    note: 'its departments ("ban") and their heads, including any regional department: NOT FOUND. nameEn is a translation',
  },
  {
    key: 'vufo-agency-party-committee',
    kind: 'UNION_BODY',
    nameEn: 'Party Committee of the VUFO agency',
    parentKey: 'vufo',
    description: 'The Party Committee of VUFO\'s agency; its 9th congress was held on 16 Jul 2020.',
    sources: [S.thoidai112395],
  },
  {
    key: 'paccom',
    kind: 'UNION_BODY',
    nameVi: 'Ban Điều phối viện trợ nhân dân',
    nameEn: "People's Aid Coordinating Committee",
    nameFr: 'Comité de coordination des Aides du Peuple',
    abbreviation: 'PACCOM',
    parentKey: 'vufo',
    foundedOn: '1989-06',
    description:
      'Set up in June 1989 as a specialised body of VUFO. It links INGOs to local partners and gives administrative support.',
    sources: [S.vietnamgateway, S.aipPaccom, S.docNgoConference2025],
    note: 'nameFr as the 2025 NGO-conference source document writes it ("Le Comité de coordination des Aides du Peuple (PACCOM), qui fait partie de l\'Union des organisations d\'amitié du Vietnam")',
  },
  {
    key: 'comingo',
    kind: 'GOVERNMENT_BODY',
    nameVi: 'Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài',
    nameEn: 'Committee for Foreign NGO Affairs',
    nameFr: 'Comité chargé des affaires des ONG étrangères',
    abbreviation: 'COMINGO',
    foundedOn: '2001-04-24',
    standingAgencyKey: 'vufo',
    status: 'ACTIVE',
    description:
      'Set up by Decision 59/2001/QĐ-TTg of 24 Apr 2001 (earlier framework: Decisions 339/TTg and 340/TTg). Chaired by a Deputy Foreign Minister; VUFO is its standing agency and a VUFO Vice-President is its Vice-Chairman. Co-organised the 5th International Conference with foreign NGOs (4 Dec 2025).',
    sources: [S.vietnamonline, ...COMINGO_SOURCES, S.docNgoConference2025],
    note: 'nameFr as the 2025 NGO-conference source document writes it ("membres du Comité chargé des affaires des ONG étrangères"). kind GOVERNMENT_BODY: it is a committee set up by a Prime Minister\'s decision and chaired by a Deputy Foreign Minister; VUFO is its standing agency, not its parent, so it is not modelled as a body of the Union (standingAgencyKey: vufo). Founding decision from vietnamonline.com, a travel-guide site: not checked against the legal text',
  },
  {
    key: 'vietnam-peace-committee',
    kind: 'UNION_BODY',
    nameVi: 'Ủy ban Hòa bình Việt Nam',
    nameEn: 'Vietnam Peace Committee',
    parentKey: 'vufo',
    foundedOn: '1950-11-19',
    description: 'Founded 19 Nov 1950; "relevant de" (under) VUFO.',
    sources: [S.vietnamplusFr14181, S.peaceEd],
  },
  {
    key: 'vietnam-peace-development-fund',
    kind: 'UNION_BODY',
    nameEn: 'Vietnam Fund for Peace and Development',
    parentKey: 'vufo',
    foundedOn: '2003-04-09',
    description: 'Under VUFO; founded 9 Apr 2003.',
    sources: [S.vietnamplus45311, S.vovworld796267],
    note: 'FACTS.md writes "Vietnam Fund/Foundation for Peace and Development"; Vietnamese name not given',
  },
  {
    key: 'vietnam-aala-committee',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameEn: 'Vietnam Committee for Asian–African–Latin American Solidarity and Cooperation',
    memberOfKey: 'vufo',
    description: 'A VUFO member (regional).',
    sources: [S.vietnamplus218370, S.vietnamplusFr44133],
    note: 'regional, so no counterpart country; Vietnamese name not given',
  },
  {
    key: 'vufo-ngo-resource-centre',
    kind: 'UNION_BODY',
    nameEn: 'VUFO–NGO Resource Centre',
    parentKey: 'vufo',
    foundedOn: '1993',
    website: 'https://www.ngocentre.org.vn',
    description:
      'Set up in 1993 as a partnership between INGOs and VUFO; about 110 member organisations; one co-director sits in PACCOM. Publishes an "INGO Directory" at www.ngocentre.org.vn/ingodirectory (licence not stated).',
    sources: [S.ngocentreHistory],
    note: 'kind UNION_BODY with parent VUFO is a modelling choice: the source calls it a partnership between INGOs and VUFO',
  },
];

const friendshipAssociations: OrganizationSeed[] = [
  {
    key: 'vietnam-usa-society',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Việt – Mỹ',
    nameEn: 'Vietnam–USA Society',
    nameFr: 'Société Vietnam-États-Unis',
    countryCodes: ['US'],
    memberOfKey: 'vufo',
    sources: [S.vufo85692, S.vietnamplusFr173732, S.docVufoInformationConference202507],
    note: 'nameFr as the July 2025 source document writes it ("président de la Société Vietnam-États-Unis")',
  },
  {
    key: 'vietnam-singapore-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Singapore',
    nameEn: 'Vietnam–Singapore Friendship Association',
    nameFr: "Association d'amitié Vietnam-Singapour",
    abbreviation: 'VSFA',
    countryCodes: ['SG'],
    memberOfKey: 'vufo',
    foundedOn: '2014-07-16',
    description: 'Set up by a MOHA decision of 16 Jul 2014; founding congress 18 Sep 2014; 10th anniversary marked 29 Nov 2024.',
    sources: [S.baoquocte19758, S.thoidai161780, S.dangcongsanRu36629, S.docVufoInformationConference202507],
    note: `nameFr as the July 2025 source document writes it ("secrétaire général de l'Association d'amitié Vietnam-Singapour"). foundedOn is the date of the MOHA decision setting it up. ${STANDARD_VI} (the source address reads "thanh-lap-hoi-huu-nghi-viet-nam-singapore")`,
  },
  {
    key: 'vietnam-japan-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Nhật Bản',
    nameEn: 'Vietnam–Japan Friendship Association',
    countryCodes: ['JP'],
    memberOfKey: 'vufo',
    foundedOn: '1965-04-23',
    sources: [S.vufo47465, S.vietnamplusFr180244, S.vufo401],
    note: STANDARD_VI,
  },
  {
    key: 'aacvf',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị và Hợp tác Việt Nam – Pháp',
    nameEn: 'Vietnam–France Friendship and Cooperation Association',
    abbreviation: 'AACVF',
    countryCodes: ['FR'],
    memberOfKey: 'vufo',
    foundedOn: '1955-07-02',
    sources: [S.vietnamplusFr198227, S.vietnamvnAacvf, S.wikiAacvf, S.tapchicongsan39995],
    note: 'nameVi from the source addresses ("dai-hoi-hoi-huu-nghi-va-hop-tac-viet-nam-phap"); FACTS.md gives the French abbreviation AACVF but not the full French name',
  },
  {
    key: 'vietnam-russia-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Nga',
    nameEn: 'Vietnam–Russia Friendship Association',
    countryCodes: ['RU'],
    memberOfKey: 'vufo',
    foundedOn: '1950-05-23',
    description: 'Branches in 32 provinces plus 15 chapters.',
    sources: [S.indonesianewsgazette, S.vietnamplusFr213708, S.vietnamplusTagVrfa, S.vietnamplusFr30521],
    note: STANDARD_VI,
  },
  {
    key: 'vietnam-china-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Trung Quốc',
    nameEn: 'Vietnam–China Friendship Association',
    countryCodes: ['CN'],
    memberOfKey: 'vufo',
    sources: [S.vietnamplusFr215909, S.vietnamplus271865],
    note: `7th-term (2023–2028) president NOT FOUND. ${STANDARD_VI}`,
  },
  {
    key: 'vietnam-laos-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Lào',
    nameEn: 'Vietnam–Laos Friendship Association',
    countryCodes: ['LA'],
    memberOfKey: 'vufo',
    sources: [S.vufoPage102, S.vietnamplus269314],
    note: `5th-term (2023–2028) president NOT FOUND. ${STANDARD_VI}`,
  },
  {
    key: 'vietnam-cambodia-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Campuchia',
    nameEn: 'Vietnam–Cambodia Friendship Association',
    countryCodes: ['KH'],
    memberOfKey: 'vufo',
    sources: [S.vietnamplusFr173398],
    note: STANDARD_VI,
  },
  {
    key: 'vietnam-uk-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Anh',
    nameEn: 'Vietnam–UK Friendship Association',
    countryCodes: ['GB'],
    memberOfKey: 'vufo',
    sources: [S.vietnamplus155652],
    note: STANDARD_VI,
  },
  {
    key: 'vietnam-poland-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Ba Lan',
    nameEn: 'Vietnam–Poland Friendship Association',
    countryCodes: ['PL'],
    memberOfKey: 'vufo',
    sources: [S.talkvietnamPoland],
    note: STANDARD_VI,
  },
  {
    key: 'vietnam-romania-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Romania',
    nameEn: 'Vietnam–Romania Friendship Association',
    countryCodes: ['RO'],
    memberOfKey: 'vufo',
    sources: [S.vietnamplus216245],
    note: STANDARD_VI,
  },
  {
    key: 'vietnam-philippines-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Philippines',
    nameEn: 'Vietnam–Philippines Friendship Association',
    countryCodes: ['PH'],
    memberOfKey: 'vufo',
    sources: [S.baomoiC40632209],
    note: STANDARD_VI,
  },
  {
    key: 'vietnam-indonesia-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Indonesia',
    nameEn: 'Vietnam–Indonesia Friendship Association',
    countryCodes: ['ID'],
    memberOfKey: 'vufo',
    sources: [S.abu20211028, S.vietnamtimes9461],
    note: STANDARD_VI,
  },
  {
    key: 'vietnam-india-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Ấn Độ',
    nameEn: 'Vietnam–India Friendship Association',
    countryCodes: ['IN'],
    memberOfKey: 'vufo',
    sources: [S.vietnamtimes16947, S.sggp107737],
    note: `central president NOT FOUND. An article on the HCMC branch gives the founding date 8 Nov 1989, unclear whether of the central association or of the HCMC branch, so no foundedOn. ${STANDARD_VI}`,
  },
  {
    key: 'vietnam-australia-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Australia',
    nameEn: 'Vietnam–Australia Friendship Association',
    countryCodes: ['AU'],
    memberOfKey: 'vufo',
    sources: [S.vietnamtimesFriendship],
    note: `president NOT FOUND. ${STANDARD_VI}`,
  },
  {
    key: 'vietnam-korea-fa',
    kind: 'FRIENDSHIP_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Hàn Quốc',
    nameEn: 'Vietnam–Korea Friendship Association',
    countryCodes: ['KR'],
    memberOfKey: 'vufo',
    sources: [S.sggp106841, S.tdmu],
    note: `central president NOT FOUND. ${STANDARD_VI}`,
  },
];

const localAssociations: OrganizationSeed[] = [
  {
    key: 'aacvf-ha-noi',
    kind: 'LOCAL_ASSOCIATION',
    nameEn: 'Hanoi Vietnam–France Friendship Association',
    abbreviation: 'VFFA',
    parentKey: 'aacvf',
    countryCodes: ['FR'],
    provinceKey: 'ha-noi-pre2025',
    sources: [S.vietnamplus236181],
    note: 'FACTS.md: "Hanoi VFFA (France)"',
  },
  {
    key: 'vietnam-china-fa-hcmc',
    kind: 'LOCAL_ASSOCIATION',
    nameEn: 'HCMC Vietnam–China Friendship Association',
    parentKey: 'vietnam-china-fa',
    countryCodes: ['CN'],
    provinceKey: 'ho-chi-minh-city-pre2025',
    sources: [S.sggp103220],
  },
  {
    key: 'vietnam-laos-fa-hcmc',
    kind: 'LOCAL_ASSOCIATION',
    nameEn: 'HCMC Vietnam–Laos Friendship Association',
    parentKey: 'vietnam-laos-fa',
    countryCodes: ['LA'],
    provinceKey: 'ho-chi-minh-city-pre2025',
    sources: [S.vnanet314730],
  },
  {
    key: 'vietnam-singapore-fa-hcmc',
    kind: 'LOCAL_ASSOCIATION',
    nameEn: 'HCMC Vietnam–Singapore Friendship Association',
    abbreviation: 'VSFA',
    parentKey: 'vietnam-singapore-fa',
    countryCodes: ['SG'],
    provinceKey: 'ho-chi-minh-city',
    sources: [S.sggp119776],
    note: 'source dated 2025 without a month: placed in the POST_2025 city (a modelling choice)',
  },
  {
    key: 'vietnam-singapore-fa-ha-noi',
    kind: 'LOCAL_ASSOCIATION',
    nameVi: 'Hội Hữu nghị Việt Nam – Singapore thành phố Hà Nội',
    nameEn: 'Hanoi Vietnam–Singapore Friendship Association',
    abbreviation: 'VSFA',
    parentKey: 'vietnam-singapore-fa',
    countryCodes: ['SG'],
    provinceKey: 'ha-noi-pre2025',
    foundedOn: '2024-12-24',
    description: 'Set up by Decision 6595/QĐ-UBND of 24 Dec 2024, followed by a founding congress.',
    sources: [S.thoidai209677],
    note: 'foundedOn is the date of the decision; the date of the founding congress is not given. nameVi from the source address ("thanh-lap-hoi-huu-nghi-viet-nam-singapore-thanh-pho-ha-noi")',
  },
  {
    key: 'vietnam-russia-fa-phu-tho',
    kind: 'LOCAL_ASSOCIATION',
    nameEn: 'Phu Tho Vietnam–Russia Friendship Association',
    parentKey: 'vietnam-russia-fa',
    countryCodes: ['RU'],
    provinceKey: 'phu-tho-pre2025',
    sources: [S.yijie6],
  },
  {
    key: 'vietnam-india-fa-hcmc',
    kind: 'LOCAL_ASSOCIATION',
    nameEn: 'HCMC Vietnam–India Friendship Association',
    parentKey: 'vietnam-india-fa',
    countryCodes: ['IN'],
    provinceKey: 'ho-chi-minh-city-pre2025',
    sources: [S.sggp107737],
    note: 'the source gives the founding date 8 Nov 1989, unclear whether of this branch or of the central association, so no foundedOn',
  },
  {
    key: 'vietnam-korea-fa-hcmc',
    kind: 'LOCAL_ASSOCIATION',
    nameEn: 'HCMC Vietnam–Korea Friendship Association',
    parentKey: 'vietnam-korea-fa',
    countryCodes: ['KR'],
    provinceKey: 'ho-chi-minh-city-pre2025',
    sources: [S.sggp106841],
  },
  {
    key: 'vietnam-korea-fa-binh-duong',
    kind: 'LOCAL_ASSOCIATION',
    nameEn: 'Binh Duong Vietnam–Korea Friendship Association',
    parentKey: 'vietnam-korea-fa',
    countryCodes: ['KR'],
    provinceKey: 'binh-duong-pre2025',
    sources: [S.tdmu],
  },
];

const localUnions: OrganizationSeed[] = [
  {
    key: 'hufo',
    kind: 'LOCAL_UNION',
    nameVi: 'Liên hiệp các tổ chức hữu nghị Thành phố Hồ Chí Minh',
    nameEn: 'Ho Chi Minh City Union of Friendship Organizations',
    abbreviation: 'HUFO',
    memberOfKey: 'vufo',
    provinceKey: 'ho-chi-minh-city-pre2025',
    sources: [S.sggp116641],
    note: 'nameVi/nameEn: standard form of the union\'s name, not quoted from the source (FACTS.md: "HUFO (HCMC)"). What happened to provincial unions after the 2025 mergers: NOT FOUND',
  },
  {
    key: 'haufo',
    kind: 'LOCAL_UNION',
    nameVi: 'Liên hiệp các tổ chức hữu nghị thành phố Hà Nội',
    nameEn: 'Hanoi Union of Friendship Organizations',
    abbreviation: 'HAUFO',
    memberOfKey: 'vufo',
    provinceKey: 'ha-noi-pre2025',
    sources: [S.thoidai209677],
    note: 'nameVi/nameEn: standard form, not quoted (FACTS.md: "HAUFO (Hanoi)"). Source dated Dec 2024–2025; Hà Nội was unchanged by the merger',
  },
  {
    key: 'can-tho-ufo',
    kind: 'LOCAL_UNION',
    nameVi: 'Liên hiệp các tổ chức hữu nghị thành phố Cần Thơ',
    nameEn: 'Can Tho Union of Friendship Organizations',
    memberOfKey: 'vufo',
    provinceKey: 'can-tho-pre2025',
    sources: [S.daibieunhandan71564],
    note: 'nameVi/nameEn: standard form, not quoted (FACTS.md: "Can Tho union")',
  },
  {
    key: 'kien-giang-ufo',
    kind: 'LOCAL_UNION',
    nameVi: 'Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang',
    nameEn: 'Kien Giang Union of Friendship Organizations',
    memberOfKey: 'vufo',
    provinceKey: 'kien-giang-pre2025',
    sources: [S.kufo53],
    note: 'nameVi/nameEn: standard form, not quoted (FACTS.md: "Kien Giang union")',
  },
  {
    key: 'khanh-hoa-ufo',
    kind: 'LOCAL_UNION',
    nameVi: 'Liên hiệp các tổ chức hữu nghị tỉnh Khánh Hòa',
    nameEn: 'Khanh Hoa Union of Friendship Organizations',
    memberOfKey: 'vufo',
    provinceKey: 'khanh-hoa-pre2025',
    foundedOn: '1987',
    sources: [S.baomoiKhanhHoa],
    note: 'nameVi/nameEn: standard form, not quoted (FACTS.md: "Khanh Hoa\'s union")',
  },
];

const foreignCounterparts: OrganizationSeed[] = [
  {
    key: 'cpaffc',
    kind: 'FOREIGN_COUNTERPART',
    nameEn: "Chinese People's Association for Friendship with Foreign Countries",
    countryCodes: ['CN'],
    sources: [S.thoidai194335],
  },
  {
    key: 'japan-vietnam-fa',
    kind: 'FOREIGN_COUNTERPART',
    nameEn: 'Japan–Vietnam Friendship Association',
    countryCodes: ['JP'],
    sources: [S.vovworld335820],
  },
  {
    key: 'laos-vietnam-fa',
    kind: 'FOREIGN_COUNTERPART',
    nameEn: 'Laos–Vietnam Friendship Association',
    countryCodes: ['LA'],
    sources: [S.vietnamplus269314],
  },
  {
    key: 'cambodia-vietnam-fa',
    kind: 'FOREIGN_COUNTERPART',
    nameEn: 'Cambodia–Vietnam Friendship Association',
    countryCodes: ['KH'],
    sources: [S.vietnamplusFr173398],
  },
  {
    key: 'france-vietnam-fa',
    kind: 'FOREIGN_COUNTERPART',
    nameEn: 'France–Vietnam Friendship Association',
    countryCodes: ['FR'],
    sources: [S.tinhuyquangtri],
    note: 'as FACTS.md lists it; the source address reads "hoi-huu-nghi-va-hop-tac-viet-nam-phap-co-chu-tich-moi" (the Vietnamese AACVF "has a new president"), so which organisation the source is about deserves a check',
  },
  {
    key: 'vesamo',
    kind: 'FOREIGN_COUNTERPART',
    nameEn: 'Association of People Loving Vietnam in the RoK',
    abbreviation: 'VESAMO',
    countryCodes: ['KR'],
    sources: [S.vietnamtimesFriendshipPage],
  },
  {
    key: 'friendship-force-international',
    kind: 'FOREIGN_COUNTERPART',
    nameEn: 'Friendship Force International',
    sources: [S.thoidai184331],
    note: 'country not given in FACTS.md',
  },
  {
    key: 'veterans-for-peace',
    kind: 'FOREIGN_COUNTERPART',
    nameEn: 'Veterans For Peace',
    sources: [S.cvdvn20190913],
    note: 'country not given in FACTS.md',
  },
];

const US_NGO = [S.vnanet319104, S.binhdinhinvest];
const AU_NGO = [S.vnanet319104, S.vietexplorerBlog];
const KR_NGO = [S.vnanet319104, S.binhdinhinvest];
const CH_NGO = [S.vietnamtimes9739, S.atlanticPhilanthropies];
const NO_COUNTRY_NGO = [S.vietnamtimes9739, S.atlanticPhilanthropies, S.vufo898, S.aipFoundation];
const ROW_NOTE = 'FACTS.md gives the sources for its whole country row; which source names which organisation is not split out';
const ABBREVIATION_ONLY = 'only the abbreviation is given in FACTS.md';

const foreignNgos: OrganizationSeed[] = [
  { key: 'chai', kind: 'FOREIGN_NGO', nameEn: 'Clinton Health Access Initiative', abbreviation: 'CHAI', countryCodes: ['US'], sources: US_NGO, note: ROW_NOTE },
  { key: 'gibtk', kind: 'FOREIGN_NGO', nameEn: 'Giving It Back To Kids', abbreviation: 'GIBTK', countryCodes: ['US'], sources: US_NGO, note: ROW_NOTE },
  { key: 'vinacapital-foundation', kind: 'FOREIGN_NGO', nameEn: 'VinaCapital Foundation', abbreviation: 'VCF', countryCodes: ['US'], sources: US_NGO, note: ROW_NOTE },
  { key: 'world-vision-international', kind: 'FOREIGN_NGO', nameEn: 'World Vision International', abbreviation: 'WVI', countryCodes: ['US'], sources: US_NGO, note: ROW_NOTE },
  { key: 'orbis', kind: 'FOREIGN_NGO', nameEn: 'Orbis', countryCodes: ['US'], sources: US_NGO, note: ROW_NOTE },
  { key: 'lovp', kind: 'FOREIGN_NGO', nameEn: 'LOVP', abbreviation: 'LOVP', countryCodes: ['US'], sources: US_NGO, note: `${ABBREVIATION_ONLY}; ${ROW_NOTE}` },
  { key: 'lhaf', kind: 'FOREIGN_NGO', nameEn: 'LHAF', abbreviation: 'LHAF', countryCodes: ['US'], sources: US_NGO, note: `${ABBREVIATION_ONLY}; ${ROW_NOTE}` },
  { key: 'fred-hollows-foundation', kind: 'FOREIGN_NGO', nameEn: 'Fred Hollows Foundation', abbreviation: 'FHF', countryCodes: ['AU'], sources: AU_NGO, note: ROW_NOTE },
  { key: 'aop', kind: 'FOREIGN_NGO', nameEn: 'AOP', abbreviation: 'AOP', countryCodes: ['AU'], sources: AU_NGO, note: `${ABBREVIATION_ONLY}; ${ROW_NOTE}` },
  { key: 'childfund', kind: 'FOREIGN_NGO', nameEn: 'ChildFund', countryCodes: ['AU'], sources: AU_NGO, note: ROW_NOTE },
  { key: 'fes', kind: 'FOREIGN_NGO', nameEn: 'Friedrich-Ebert-Stiftung', abbreviation: 'FES', countryCodes: ['DE'], sources: [S.vnanet319104] },
  { key: 'good-neighbors-international', kind: 'FOREIGN_NGO', nameEn: 'Good Neighbors International', abbreviation: 'GNI', countryCodes: ['KR'], sources: KR_NGO, note: ROW_NOTE },
  { key: 'somi', kind: 'FOREIGN_NGO', nameEn: 'SOMI', abbreviation: 'SOMI', countryCodes: ['KR'], sources: KR_NGO, note: `${ABBREVIATION_ONLY}; ${ROW_NOTE}` },
  { key: 'children-action', kind: 'FOREIGN_NGO', nameEn: 'Children Action', countryCodes: ['CH'], sources: CH_NGO, note: ROW_NOTE },
  { key: 'helvetas', kind: 'FOREIGN_NGO', nameEn: 'Helvetas Swiss Intercooperation', countryCodes: ['CH'], sources: CH_NGO, note: ROW_NOTE },
  { key: 'caritas-switzerland', kind: 'FOREIGN_NGO', nameEn: 'Caritas Switzerland', countryCodes: ['CH'], sources: CH_NGO, note: ROW_NOTE },
  { key: 'marie-stopes-international', kind: 'FOREIGN_NGO', nameEn: 'Marie Stopes International', countryCodes: ['GB'], sources: [S.vietnamtimes9739] },
  { key: 'passerelles-numeriques', kind: 'FOREIGN_NGO', nameEn: 'Passerelles Numériques', countryCodes: ['FR'], sources: [S.binhdinhinvest] },
  { key: 'actionaid-international', kind: 'FOREIGN_NGO', nameEn: 'ActionAid International', sources: NO_COUNTRY_NGO, note: `country not given in source; ${ROW_NOTE}` },
  { key: 'atlantic-philanthropies', kind: 'FOREIGN_NGO', nameEn: 'Atlantic Philanthropies', sources: NO_COUNTRY_NGO, note: `country not given in source; ${ROW_NOTE}` },
  { key: 'auf', kind: 'FOREIGN_NGO', nameEn: 'Agence Universitaire de la Francophonie', sources: NO_COUNTRY_NGO, note: `country not given in source; ${ROW_NOTE}` },
  { key: 'snv', kind: 'FOREIGN_NGO', nameEn: 'SNV', abbreviation: 'SNV', sources: NO_COUNTRY_NGO, note: `country not given in source; ${ROW_NOTE}` },
  { key: 'aip-foundation', kind: 'FOREIGN_NGO', nameEn: 'AIP Foundation', sources: NO_COUNTRY_NGO, note: `country not given in source; ${ROW_NOTE}` },
];

const stateBodies: OrganizationSeed[] = [
  {
    key: 'mofa',
    kind: 'GOVERNMENT_BODY',
    nameVi: 'Bộ Ngoại giao',
    nameEn: 'Ministry of Foreign Affairs',
    description:
      'State management of VUFO. Under Decree 58/2022/NĐ-CP (Art. 7) it issues, extends, amends, re-issues, suspends, terminates and revokes foreign NGOs\' Registration Certificates. COMINGO is chaired by a Deputy Foreign Minister.',
    sources: [S.cuuchienbinh28434, S.thuvienphapluat528142, S.hethongphapluatNd58Ch2],
    note: 'nameVi: standard name, not quoted from a source',
  },
  {
    key: 'national-assembly',
    kind: 'GOVERNMENT_BODY',
    nameVi: 'Quốc hội',
    nameEn: 'National Assembly',
    nameFr: 'Assemblée nationale',
    description:
      'Adopted Resolution 202/2025/QH15 on the reorganisation of provincial-level units. Its 15th legislature had relations with more than 180 parliaments (2021); the 16th was elected on 15 Mar 2026.',
    sources: [S.luatvietnam402728, S.vtv20211108, S.vietnamplus1092093, S.docVufoInformationConference202507],
    note: 'kind GOVERNMENT_BODY: the legislature, modelled with the state bodies. nameVi: standard name, not quoted. nameFr as the July 2025 source document writes it ("les groupes parlementaires d\'amitié de l\'Assemblée nationale")',
  },
  {
    key: 'na-committee-external-relations',
    kind: 'GOVERNMENT_BODY',
    nameEn: 'Committee for External Relations (National Assembly)',
    parentKey: 'national-assembly',
    sources: [S.vtv20211108],
  },
  {
    key: 'vfpo',
    kind: 'GOVERNMENT_BODY',
    nameVi: 'Tổ chức nghị sĩ hữu nghị Việt Nam',
    nameEn: 'Vietnam Friendship Parliamentarians Organisation',
    parentKey: 'national-assembly',
    description:
      'The 15th NA\'s organisation was set up by an NA Standing Committee resolution announced on 8 Nov 2021. Under an earlier NA (Chairman Nguyễn Sinh Hùng; organisation chaired by Tòng Thị Phóng) it had 46 groups.',
    sources: [S.vtv20211108, S.sggp773925, S.baomoiC40821370, S.vovworld59903],
    note: 'no foundedOn: the organisation existed before the 15th NA; the 2021 setting-up is recorded as the term of its 15th-NA board (bodies.ts). Total number of bilateral groups in the 15th and 16th NA: NOT FOUND',
  },
  {
    key: 'na-female-deputies-group',
    kind: 'GOVERNMENT_BODY',
    nameEn: 'Group of Female National Assembly Deputies',
    parentKey: 'national-assembly',
    foundedOn: '2021-11-08',
    sources: [S.vtv20211108],
    note: 'set up on 8 Nov 2021, together with the Vietnam Friendship Parliamentarians Organisation of the 15th NA',
  },
  {
    key: 'na-young-deputies-group',
    kind: 'GOVERNMENT_BODY',
    nameEn: 'Young National Assembly Deputies Group',
    parentKey: 'national-assembly',
    foundedOn: '2021-11-08',
    sources: [S.vtv20211108],
    note: 'set up on 8 Nov 2021, together with the Vietnam Friendship Parliamentarians Organisation of the 15th NA',
  },
];

export const organizations: OrganizationSeed[] = [
  ...union,
  ...friendshipAssociations,
  ...localAssociations,
  ...localUnions,
  ...foreignCounterparts,
  ...foreignNgos,
  ...stateBodies,
];
