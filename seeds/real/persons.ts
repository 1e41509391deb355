import type { PersonSeed } from './types.js';
import { S } from './sources.js';

/**
 * Every person FACTS.md or the team's source documents (../shared/domain/sources/) name. Vietnamese names
 * carry their diacritics where they are certain (FACTS.md writes them without); where not, the name stays
 * as FACTS.md writes it with the note 'diacritics not verified'. Foreign names as FACTS.md writes them.
 * Biographies say only what FACTS.md or those documents say.
 * Posts (roles in organisations) are in posts.ts; offices outside the modelled organisations (ministry,
 * academy, broadcaster) are only in the biography.
 */

const NOT_VERIFIED = 'diacritics not verified';
const VUFO_LEADERS = [S.tacnghiep214920, S.vietnamplus134031, S.vov986537, S.vietnamtimes62618];
const COMINGO_SOURCES = [S.thoidai154236, S.thoidai182364, S.vietexplorer2023, S.vietnamtimes247895, S.betaen87640, S.thoidai190342];
const VFPO_SOURCES = [S.vtv20211108, S.sggp773925, S.baomoiC40821370];

const vufoLeaders: PersonSeed[] = [
  {
    key: 'phan-anh-son',
    fullName: 'Phan Anh Son',
    biography:
      'President of VUFO from 2023. Elected VUFO Vice-President cum Head of the Inspection Board at the 6th Congress (5 Dec 2019); VUFO Vice-President cum Secretary General 2021–2023. Named Secretary of VUFO\'s Party Delegation by Decision 980-QĐNS/TW of 14 Sep 2023, when he was already President.',
    sources: [S.nhandan772751, S.thoidai194335, ...VUFO_LEADERS],
    note: `${NOT_VERIFIED}: FACTS.md and both source documents write "Phan Anh Son" and no source gives the diacritics (the seed used to write "Phan Anh Sơn")`,
  },
  {
    key: 'nguyen-phuong-nga',
    fullName: 'Nguyễn Phương Nga',
    biography: 'President of VUFO from about Feb 2019 to mid-2023; re-elected for the 6th term at the 6th Congress (5 Dec 2019).',
    sources: [S.baonga, ...VUFO_LEADERS],
  },
  {
    key: 'vu-xuan-hong',
    fullName: 'Vũ Xuân Hồng',
    biography: 'President of VUFO until early 2019.',
    sources: VUFO_LEADERS,
  },
  {
    key: 'bach-ngoc-chien',
    fullName: 'Bạch Ngọc Chiến',
    biography: 'Elected VUFO Vice-President cum Secretary General at the 6th Congress (5 Dec 2019).',
    sources: VUFO_LEADERS,
  },
  {
    key: 'don-tuan-phong',
    fullName: 'Đôn Tuấn Phong',
    biography: 'VUFO Vice-President and Secretary General, 2015–2018.',
    sources: VUFO_LEADERS,
  },
  {
    key: 'nguyen-ngoc-hung',
    fullName: 'Nguyen Ngoc Hung',
    biography:
      'Head of PACCOM in Feb 2023. VUFO Vice-President and COMINGO Vice-Chairman in 2024–2025 (named as VUFO Vice-President on 18 Jul 2025). As Vice-President, presented the report on the first half of 2025 at VUFO\'s information conference with its central member organisations (July 2025).',
    sources: [S.vietexplorer2023, S.vietnamtimes247895, S.thoidai182364, S.tacnghiep214920, S.docVufoInformationConference202507],
    note: `${NOT_VERIFIED}: FACTS.md and the source documents write "Nguyen Ngoc Hung" and no source gives the diacritics (the seed used to write "Nguyễn Ngọc Hùng")`,
  },
  {
    key: 'nguyen-thi-thu-giang',
    fullName: 'Nguyen Thi Thu Giang',
    biography:
      'Head of VUFO\'s European department ("responsable du département européen de l\'Union vietnamienne des organisations d\'amitié"); spoke at VUFO\'s information conference with its central member organisations (July 2025).',
    sources: [S.docVufoInformationConference202507],
    note: `${NOT_VERIFIED}. Her post is stated only by the July 2025 source document: FACTS.md found no other source naming VUFO\'s departments or their heads (NOT FOUND)`,
  },
  {
    key: 'dong-huy-cuong',
    fullName: 'Dong Huy Cuong',
    biography: 'VUFO Vice-President (named as such on 18 Jul 2025).',
    sources: [S.tacnghiep214920],
    note: `${NOT_VERIFIED}: FACTS.md writes "Dong Huy Cuong" and no source gives the diacritics (the seed used to write "Đồng Huy Cương")`,
  },
];

const comingoAndBodies: PersonSeed[] = [
  {
    key: 'to-anh-dung',
    fullName: 'Tô Anh Dũng',
    biography: 'Deputy Foreign Minister; Chairman of COMINGO (2021).',
    sources: COMINGO_SOURCES,
  },
  {
    key: 'ha-kim-ngoc',
    fullName: 'Hà Kim Ngọc',
    biography: 'Deputy Foreign Minister; Chairman of COMINGO (2022–23).',
    sources: COMINGO_SOURCES,
  },
  {
    key: 'nguyen-minh-hang',
    fullName: 'Nguyễn Minh Hằng',
    biography: 'Deputy Foreign Minister; Chair of COMINGO (Feb 2024).',
    sources: COMINGO_SOURCES,
  },
  {
    key: 'ngo-le-van',
    fullName: 'Ngô Lê Văn',
    biography: 'Deputy Foreign Minister; Chairman of COMINGO (Dec 2025).',
    sources: COMINGO_SOURCES,
  },
  {
    key: 'uong-chu-luu',
    fullName: 'Uông Chu Lưu',
    biography: 'Vice-Chairman of the National Assembly; President of the Vietnam Peace Committee in 2017.',
    sources: [S.vietnamplusFr14181, S.peaceEd],
  },
  {
    key: 'nguyen-thi-binh',
    fullName: 'Nguyễn Thị Bình',
    biography:
      'Chair of the Vietnam Fund for Peace and Development 2013–2018, then its honorary chair while Hà Hùng Cường chaired it (2019–2024).',
    sources: [S.vietnamplus45311, S.vovworld796267],
  },
  {
    key: 'ha-hung-cuong',
    fullName: 'Hà Hùng Cường',
    biography: 'Chair of the Vietnam Fund for Peace and Development, 2019–2024.',
    sources: [S.vietnamplus45311, S.vovworld796267],
  },
  {
    key: 'nguyen-the-ky',
    fullName: 'Nguyễn Thế Kỷ',
    biography: 'President of the Vietnam Committee for Asian–African–Latin American Solidarity and Cooperation (2021–2026).',
    sources: [S.vietnamplus218370, S.vietnamplusFr44133],
  },
  {
    key: 'pham-van-chuong',
    fullName: 'Pham Van Chuong',
    biography: 'Earlier president of the Vietnam Committee for Asian–African–Latin American Solidarity and Cooperation.',
    sources: [S.vietnamplus218370, S.vietnamplusFr44133],
    note: NOT_VERIFIED,
  },
];

const localLeaders: PersonSeed[] = [
  {
    key: 'do-viet-ha',
    fullName: 'Do Viet Ha',
    biography: 'Chair of HUFO (Ho Chi Minh City Union of Friendship Organizations), 2023–2025.',
    sources: [S.sggp116641],
    note: NOT_VERIFIED,
  },
  {
    key: 'nguyen-ngoc-ky',
    fullName: 'Nguyen Ngoc Ky',
    biography: 'Chair of HAUFO (Hanoi Union of Friendship Organizations) in 2025.',
    sources: [S.thoidai209677],
    note: NOT_VERIFIED,
  },
  {
    key: 'le-thi-thanh-giang',
    fullName: 'Lê Thị Thanh Giang',
    biography: 'Re-elected head of the Can Tho union of friendship organizations for 2024–2029.',
    sources: [S.daibieunhandan71564],
  },
  {
    key: 'danh-ut',
    fullName: 'Danh Ut',
    biography: 'Chair of the Kien Giang union of friendship organizations (2019).',
    sources: [S.kufo53],
    note: NOT_VERIFIED,
  },
  {
    key: 'nguyen-lan-trung',
    fullName: 'Nguyễn Lân Trung',
    biography: 'Chair of the Hanoi Vietnam–France Friendship Association (VFFA), 2022–2027.',
    sources: [S.vietnamplus236181],
  },
  {
    key: 'nguyen-huu-hiep',
    fullName: 'Nguyen Huu Hiep',
    biography: 'Chair of the HCMC Vietnam–China Friendship Association, 2023–2028.',
    sources: [S.sggp103220],
    note: NOT_VERIFIED,
  },
  {
    key: 'ngo-minh-chau',
    fullName: 'Ngô Minh Châu',
    biography: 'Chair of the HCMC Vietnam–Laos Friendship Association, 2022–2027.',
    sources: [S.vnanet314730],
  },
  {
    key: 'lam-dung-tien',
    fullName: 'Lam Dung Tien',
    biography: 'Chair of the HCMC Vietnam–Singapore Friendship Association (2025).',
    sources: [S.sggp119776],
    note: NOT_VERIFIED,
  },
  {
    key: 'ha-minh-tan',
    fullName: 'Ha Minh Tan',
    biography: 'Chair of the Phu Tho Vietnam–Russia Friendship Association, 2024–2029.',
    sources: [S.yijie6],
    note: NOT_VERIFIED,
  },
  {
    key: 'huynh-thanh-lap',
    fullName: 'Huynh Thanh Lap',
    biography: 'Chair of the HCMC Vietnam–India Friendship Association, 2024–2029.',
    sources: [S.sggp107737],
    note: NOT_VERIFIED,
  },
  {
    key: 'phan-nguyen-nhu-khue',
    fullName: 'Phan Nguyễn Như Khuê',
    biography: 'Chair of the HCMC Vietnam–Korea Friendship Association, 2023–2028.',
    sources: [S.sggp106841],
  },
  {
    key: 'nguyen-thi-lien-thuong',
    fullName: 'Nguyen Thi Lien Thuong',
    biography: 'Chair of the Binh Duong Vietnam–Korea Friendship Association, 2022–2027.',
    sources: [S.tdmu],
    note: NOT_VERIFIED,
  },
];

const USA_SOURCES = [S.vufo85692, S.vietnamplusFr173732];
const VSFA_ROW = [S.baoquocte19758, S.thoidai161780, S.dangcongsanRu36629];
const VJFA_ROW = [S.vufo47465, S.vietnamplusFr180244, S.vufo401];
const AACVF_ROW = [S.vietnamplusFr198227, S.vietnamvnAacvf, S.wikiAacvf, S.tapchicongsan39995];
const VRFA_ROW = [S.indonesianewsgazette, S.vietnamplusFr213708, S.vietnamplusTagVrfa, S.vietnamplusFr30521];

const associationLeaders: PersonSeed[] = [
  {
    key: 'pham-quang-vinh',
    fullName: 'Pham Quang Vinh',
    honorific: 'Ambassador',
    biography: 'Elected President of the Vietnam–USA Society (Hội Việt – Mỹ) at its 4th national congress, 3 Dec 2021, for the 2021–2026 term.',
    sources: USA_SOURCES,
    note: `${NOT_VERIFIED}: FACTS.md and the July 2025 source document write "Pham Quang Vinh" and no source gives the diacritics (the seed used to write "Phạm Quang Vinh")`,
  },
  {
    key: 'nguyen-tam-chien',
    fullName: 'Nguyễn Tâm Chiến',
    biography: 'President of the Vietnam–USA Society, 2012–2021.',
    sources: USA_SOURCES,
  },
  {
    key: 'bui-van-nghi',
    fullName: 'Bui Van Nghi',
    biography: 'Secretary General of the Vietnam–USA Society (2019).',
    sources: [S.cvdvn20190913],
    note: NOT_VERIFIED,
  },
  {
    key: 'bui-the-giang',
    fullName: 'Bùi Thế Giang',
    biography: 'Vice-President of the Vietnam–USA Society.',
    sources: [S.thoidai184331],
  },
  {
    key: 'vu-viet-ngoan',
    fullName: 'Vũ Viết Ngoạn',
    biography: 'President of the Vietnam–Singapore Friendship Association for its 1st term, 2014–2019.',
    sources: VSFA_ROW,
  },
  {
    key: 'nguyen-duc-hung',
    fullName: 'Nguyen Duc Hung',
    honorific: 'Ambassador',
    biography:
      'Vice-President and Secretary General of the Vietnam–Singapore Friendship Association (Jan 2022, and again at the founding congress of the Hanoi VSFA).',
    sources: [S.thoidai161780, S.thoidai209677],
    note: `${NOT_VERIFIED}: FACTS.md and the July 2025 source document write "Nguyen Duc Hung" and no source gives the diacritics (the seed used to write "Nguyễn Đức Hùng")`,
  },
  {
    key: 'to-huy-rua',
    fullName: 'Tô Huy Rứa',
    biography:
      'President of the Vietnam–Japan Friendship Association, re-elected at its 7th congress (22 Mar 2022) for 2021–2026. Chair of the Vietnam–Japan friendship parliamentarians group in 2015.',
    sources: VJFA_ROW,
  },
  {
    key: 'dinh-la-thang',
    fullName: 'Đinh La Thăng',
    biography: 'President of the Vietnam–Japan Friendship Association, 2015–2020.',
    sources: VJFA_ROW,
  },
  {
    key: 'nguyen-thuy-anh',
    fullName: 'Nguyễn Thúy Anh',
    biography: 'Elected President of the Vietnam–France Friendship and Cooperation Association (AACVF) at its 7th congress, 17 Mar 2023, for 2023–2028.',
    sources: AACVF_ROW,
    note: 'same name as the chair of the Group of Female NA Deputies set up in 2021 (key nguyen-thuy-anh-na); FACTS.md does not say whether they are the same person, so they are kept apart',
  },
  {
    key: 'nguyen-thi-kim-tien',
    fullName: 'Nguyễn Thị Kim Tiến',
    biography: 'President of the Vietnam–France Friendship and Cooperation Association (AACVF) for its 6th term.',
    sources: AACVF_ROW,
  },
  {
    key: 'phan-chi-hieu',
    fullName: 'Phan Chí Hiếu',
    biography: 'President of VASS; elected President of the Vietnam–Russia Friendship Association at its 6th congress, 30 Sep 2023, for 2023–2028.',
    sources: VRFA_ROW,
  },
  {
    key: 'tran-binh-minh',
    fullName: 'Trần Bình Minh',
    biography: 'Earlier President of the Vietnam–Russia Friendship Association.',
    sources: VRFA_ROW,
  },
  {
    key: 'dao-trong-thi',
    fullName: 'Đào Trọng Thi',
    biography: 'Earlier President of the Vietnam–Russia Friendship Association.',
    sources: VRFA_ROW,
  },
  {
    key: 'nguyen-xuan-thang',
    fullName: 'Nguyễn Xuân Thắng',
    biography: 'President of the Vietnam–China Friendship Association for its 6th term.',
    sources: [S.vietnamplusFr215909, S.vietnamplus271865],
  },
  {
    key: 'vu-trong-kim',
    fullName: 'Vũ Trọng Kim',
    biography: 'President of the Vietnam–Laos Friendship Association for its 4th term (2014–2019).',
    sources: [S.vufoPage102, S.vietnamplus269314],
  },
  {
    key: 'nguyen-thi-thanh',
    fullName: 'Nguyễn Thị Thanh',
    biography: 'Elected President of the Vietnam–Cambodia Friendship Association at its 5th congress, 26 Nov 2021, for 2021–2026.',
    sources: [S.vietnamplusFr173398],
  },
  {
    key: 'hoang-quoc-vuong',
    fullName: 'Hoàng Quốc Vượng',
    biography: 'Elected President of the Vietnam–UK Friendship Association at its 4th congress, 6 Jul 2019, for 2019–2024.',
    sources: [S.vietnamplus155652],
  },
  {
    key: 'hoang-van-dung',
    fullName: 'Hoang Van Dung',
    biography: 'Honorary chair of the Vietnam–UK Friendship Association (4th congress, 2019).',
    sources: [S.vietnamplus155652],
    note: NOT_VERIFIED,
  },
  {
    key: 'nguyen-the-thao',
    fullName: 'Nguyễn Thế Thảo',
    biography: 'President of the Vietnam–Poland Friendship Association, elected at its 4th congress for 2020–2025.',
    sources: [S.talkvietnamPoland],
  },
  {
    key: 'ho-quang-loi',
    fullName: 'Hồ Quang Lợi',
    biography: 'Elected President of the Vietnam–Romania Friendship Association at its 7th congress, 28 Nov 2021, for 2021–2026.',
    sources: [S.vietnamplus216245],
  },
  {
    key: 'phung-duc-tien',
    fullName: 'Phùng Đức Tiến',
    biography: 'Elected President of the Vietnam–Philippines Friendship Association at its 2nd congress, 21 Oct 2021, for 2021–2026.',
    sources: [S.baomoiC40632209],
  },
  {
    key: 'tran-minh-hung',
    fullName: 'Trần Minh Hùng',
    biography: 'Deputy Director General of VOV; elected President of the Vietnam–Indonesia Friendship Association at its 4th congress, 27 Oct 2021, for 2021–2026.',
    sources: [S.abu20211028, S.vietnamtimes9461],
  },
  {
    key: 'nguyen-dang-tien',
    fullName: 'Nguyen Dang Tien',
    biography: 'President of the Vietnam–Indonesia Friendship Association, 2015–2020.',
    sources: [S.abu20211028, S.vietnamtimes9461],
    note: NOT_VERIFIED,
  },
  {
    key: 'ha-minh-hue',
    fullName: 'Ha Minh Hue',
    biography: 'Standing Vice-President of the Vietnam–India Friendship Association (2019).',
    sources: [S.vietnamtimes16947],
    note: NOT_VERIFIED,
  },
];

const counterpartLeaders: PersonSeed[] = [
  {
    key: 'yang-wanming',
    fullName: 'Yang Wanming',
    biography: "President of the Chinese People's Association for Friendship with Foreign Countries.",
    sources: [S.thoidai194335],
  },
  {
    key: 'furuta-motoo',
    fullName: 'Furuta Motoo',
    biography: 'Named with the Japan–Vietnam Friendship Association.',
    sources: [S.vovworld335820],
  },
  {
    key: 'boviengkham-vongdara',
    fullName: 'Boviengkham Vongdara',
    biography: 'Named with the Laos–Vietnam Friendship Association.',
    sources: [S.vietnamplus269314],
  },
  {
    key: 'men-sam-an',
    fullName: 'Men Sam An',
    biography: 'Named with the Cambodia–Vietnam Friendship Association.',
    sources: [S.vietnamplusFr173398],
  },
  {
    key: 'nguyen-hai-nam',
    fullName: 'Nguyen Hai Nam',
    biography: 'Named with the France–Vietnam Friendship Association.',
    sources: [S.tinhuyquangtri],
    note: `${NOT_VERIFIED}; see the note on france-vietnam-fa about which organisation the source concerns`,
  },
  {
    key: 'k-vnukov',
    fullName: 'K. Vnukov',
    honorific: 'Ambassador',
    biography: 'Russian Ambassador; received VUFO\'s insignia "For peace and friendship among nations" (date not stated).',
    sources: [S.vietnamplus198126],
  },
];

const parliamentarians: PersonSeed[] = [
  {
    key: 'tran-thanh-man',
    fullName: 'Trần Thanh Mẫn',
    biography:
      'Standing Vice-Chairman of the National Assembly when named President of the Vietnam Friendship Parliamentarians Organisation of the 15th NA (8 Nov 2021); chair of the Vietnam–Laos and Vietnam–France friendship parliamentarians groups of the 15th NA. Signed Resolution 202/2025/QH15 (12 Jun 2025).',
    sources: [...VFPO_SOURCES, S.vietnamplus230985, S.vietnamplus243870, S.luatvietnam402728],
  },
  {
    key: 'vu-hai-ha',
    fullName: 'Vũ Hải Hà',
    biography: 'Chair of the NA Committee for External Relations; Vice-President of the Vietnam Friendship Parliamentarians Organisation (15th NA).',
    sources: VFPO_SOURCES,
  },
  {
    key: 'bui-van-cuong',
    fullName: 'Bùi Văn Cường',
    biography:
      'Secretary General of the National Assembly; Vice-President of the Vietnam Friendship Parliamentarians Organisation (15th NA); chair of the Vietnam–ASEAN friendship parliamentarians group (15th NA).',
    sources: [...VFPO_SOURCES, S.vietnamplus231137, S.vietnamplus228849],
  },
  {
    key: 'le-thu-ha',
    fullName: 'Lê Thu Hà',
    biography: 'Secretary General of the Vietnam Friendship Parliamentarians Organisation (15th NA).',
    sources: VFPO_SOURCES,
  },
  {
    key: 'tong-thi-phong',
    fullName: 'Tòng Thị Phóng',
    biography: 'Chaired the Vietnam Friendship Parliamentarians Organisation under NA Chairman Nguyễn Sinh Hùng, when it had 46 groups.',
    sources: [S.vovworld59903],
  },
  {
    key: 'nguyen-sinh-hung',
    fullName: 'Nguyễn Sinh Hùng',
    biography: 'Chairman of the National Assembly (an earlier legislature, when the Friendship Parliamentarians Organisation had 46 groups).',
    sources: [S.vovworld59903],
  },
  {
    key: 'nguyen-khac-dinh',
    fullName: 'Nguyễn Khắc Định',
    biography: 'Vice-Chairman of the National Assembly; chair of the Vietnam–Russia friendship parliamentarians group (15th NA).',
    sources: [S.quochoitvRussia],
  },
  {
    key: 'tran-thi-hong-an',
    fullName: 'Trần Thị Hồng An',
    biography: 'Vice chair of the Vietnam–ASEAN friendship parliamentarians group (15th NA).',
    sources: [S.vietnamplus231137, S.vietnamplus228849],
  },
  {
    key: 'pham-minh-chinh',
    fullName: 'Phạm Minh Chính',
    biography: 'Chair of the Vietnam–Japan friendship parliamentarians group of the 14th NA (2018).',
    sources: [S.nhandan6522502],
  },
  {
    key: 'phan-xuan-dung',
    fullName: 'Phan Xuân Dũng',
    biography: 'Chair of the Vietnam–Russia friendship parliamentarians group (14th NA).',
    sources: [S.vietnamplus199459],
  },
  {
    key: 'nguyen-thuy-anh-na',
    fullName: 'Nguyễn Thúy Anh',
    biography: 'Chair of the Group of Female National Assembly Deputies set up on 8 Nov 2021.',
    sources: [S.vtv20211108],
    note: 'same name as the AACVF president elected in 2023 (key nguyen-thuy-anh); FACTS.md does not say whether they are the same person',
  },
  {
    key: 'nguyen-anh-tuan',
    fullName: 'Nguyễn Anh Tuấn',
    biography: 'Chair of the Young National Assembly Deputies Group set up on 8 Nov 2021.',
    sources: [S.vtv20211108],
  },
];

const others: PersonSeed[] = [
  {
    key: 'pham-binh-minh',
    fullName: 'Phạm Bình Minh',
    biography: 'Signed Decree 58/2022/NĐ-CP on foreign NGOs (31 Aug 2022).',
    sources: [S.hethongphapluatNd58, S.hethongphapluatNd58Ch2, S.thuvienphapluat528142],
  },
  {
    key: 'do-van-chien',
    fullName: 'Đỗ Văn Chiến',
    biography: 'Leads the Party Committee of the Vietnam Fatherland Front and central mass organisations.',
    sources: [S.baomoiC52824223, S.vietnamplus1062559, S.homevn16373],
  },
];

export const persons: PersonSeed[] = [
  ...vufoLeaders,
  ...comingoAndBodies,
  ...localLeaders,
  ...associationLeaders,
  ...counterpartLeaders,
  ...parliamentarians,
  ...others,
];
