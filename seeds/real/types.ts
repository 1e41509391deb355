/**
 * Shapes of the real seed data (seeds/real). Every record comes from ../shared/domain/FACTS.md and carries
 * the source(s) FACTS.md gives for it, copied as written there; FACTS.md's caveats go into `note`.
 *
 * Conventions used in all files:
 * - dates are partial where only a year or month is known ('2021', '2019-02', '2019-12-05');
 * - a post's `startDate`/`endDate` are the dates the person actually held it, as far as the source says
 *   (`endDate` only when an end is stated or a successor's start is stated); `termStart`/`termEnd` are the
 *   span of the elected term ('2021–2026'), which says nothing about an early end; `endedBy` bounds an end
 *   no source states, where a source shows that the post had ended by then (a successor in the seat);
 * - `attestedOn` lists dates on which a source shows the person/organisation in that state, when nothing
 *   better (start, end) is known;
 * - keys are lower-kebab slugs, unique within their kind; `*Key` fields refer to them.
 */

export type PartialDate = string; // 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'; an event's startDate may be '--MM-DD' (a day and month of a year not stated) with its startDateCandidates

export interface Sourced {
  sources: string[];
  note?: string;
}

export type OrganizationKind =
  | 'UNION'
  | 'UNION_BODY'
  | 'FRIENDSHIP_ASSOCIATION'
  | 'LOCAL_UNION'
  | 'LOCAL_ASSOCIATION'
  | 'FOREIGN_NGO'
  | 'BUSINESS'
  | 'RESEARCH_INSTITUTION'
  | 'OVERSEAS_COMMUNITY'
  | 'STUDENT_ASSOCIATION'
  | 'FOREIGN_COUNTERPART'
  | 'GOVERNMENT_BODY'
  | 'EMBASSY';

export type OrganizationStatus = 'ACTIVE' | 'DORMANT' | 'DISSOLVED';

export interface CountrySeed extends Sourced {
  code: string /* ISO 3166-1 alpha-2 */;
  nameEn: string;
  nameVi?: string;
}

export interface SectorSeed extends Sourced {
  key: string;
  nameEn: string;
  nameVi?: string;
}

export type ProvinceLevel = 'PROVINCE' | 'MUNICIPALITY';
export type ProvinceGeneration = 'PRE_2025' | 'POST_2025';

export interface ProvinceSeed extends Sourced {
  key: string;
  nameVi: string;
  nameEn?: string;
  /** other names the unit is known by in the sources (e.g. 'Thừa Thiên Huế') */
  aliases?: string[];
  level: ProvinceLevel;
  generation: ProvinceGeneration;
  validFrom?: PartialDate;
  validUntil?: PartialDate;
  /** PRE_2025 only: the POST_2025 unit it became part of (the same-named unit for the 11 unchanged ones) */
  successorKey?: string;
  code?: string;
  /** political-administrative centre, as FACTS.md words it */
  centre?: string;
  areaKm2?: number;
  population?: number;
  /** POST_2025 only: former provincial capitals kept as ward names inside the unit (as FACTS.md spells them) */
  formerCapitalWardNames?: string[];
  /** POST_2025 only: special zones (đặc khu) of the unit */
  specialZones?: string[];
}

export interface ProvinceChangeSeed extends Sourced {
  key: string;
  provinceKey: string;
  effectiveOn: PartialDate;
  issuedOn?: PartialDate;
  change: string;
  instrument: string;
  newLevel?: ProvinceLevel;
}

export interface OrganizationSeed extends Sourced {
  key: string;
  kind: OrganizationKind;
  nameVi?: string;
  nameEn?: string;
  nameFr?: string;
  abbreviation?: string;
  /** tree: the Union → its bodies; an association → its provincial branches; an assembly → its groups */
  parentKey?: string;
  /** membership, not a tree edge: a central member association or a provincial union → VUFO */
  memberOfKey?: string;
  countryCodes?: string[];
  provinceKey?: string;
  foundedOn?: PartialDate;
  /** VUFO's "Traditional Day" (Ngày truyền thống), kept apart from a founding date */
  traditionalDay?: PartialDate;
  status?: OrganizationStatus;
  overseenByKey?: string;
  /** the organisation that serves as this one's standing agency (COMINGO → VUFO) */
  standingAgencyKey?: string;
  /** the state body in charge of state management of this organisation (VUFO → MOFA) */
  stateManagedByKey?: string;
  description?: string;
  address?: string;
  website?: string;
}

export interface PersonSeed extends Sourced {
  key: string;
  fullName: string;
  honorific?: string;
  biography?: string;
}

export interface CongressSeed extends Sourced {
  key: string;
  organizationKey: string;
  number?: number;
  heldOn: PartialDate;
  termStart?: PartialDate;
  termEnd?: PartialDate;
  title?: string;
}

export type BodyKind =
  | 'PRESIDIUM'
  | 'EXECUTIVE_COMMITTEE'
  | 'STANDING_COMMITTEE'
  | 'INSPECTION_BOARD'
  | 'SECRETARIAT'
  | 'BOARD'
  | 'PARTY_DELEGATION';

export interface BodySeed extends Sourced {
  key: string;
  organizationKey: string;
  kind: BodyKind;
  nameVi?: string;
  nameEn?: string;
  congressKey?: string;
  termStart?: PartialDate;
  termEnd?: PartialDate;
  size?: number /* stated seats, e.g. 50-member executive */;
}

export type Role =
  | 'PRESIDENT'
  | 'VICE_PRESIDENT'
  | 'SECRETARY_GENERAL'
  | 'STANDING_VICE_PRESIDENT'
  | 'STANDING_MEMBER'
  | 'MEMBER'
  | 'HONORARY_PRESIDENT'
  | 'HONORARY_CHAIR'
  | 'HEAD'
  | 'CHAIR'
  | 'VICE_CHAIR'
  | 'SECRETARY'
  | 'CO_DIRECTOR';

export interface PostSeed extends Sourced {
  personKey: string;
  organizationKey: string;
  bodyKey?: string;
  role: Role;
  title?: string /* the title as written, e.g. 'Vice-President cum Secretary General' */;
  startDate?: PartialDate;
  endDate?: PartialDate;
  termStart?: PartialDate;
  termEnd?: PartialDate;
  /** the post had ended by this date, its end not stated (say, a successor is shown in the seat then); never with endDate */
  endedBy?: PartialDate;
  attestedOn?: PartialDate[];
  congressKey?: string;
}

export type EventKind =
  | 'AMBASSADOR_WELCOME'
  | 'AMBASSADOR_FAREWELL'
  | 'CONFERENCE'
  | 'MEETING'
  | 'CONGRESS'
  | 'DELEGATION_IN'
  | 'DELEGATION_OUT'
  | 'EXCHANGE'
  | 'ANNIVERSARY'
  | 'AWARD';

export type ParticipationRole = 'HOST' | 'SPEAKER' | 'GUEST' | 'ATTENDEE' | 'AWARDEE' | 'RAPPORTEUR' | 'CLOSING_SPEAKER';

/** A person's part in an event as a source states it: who, in which role, for which organisation. */
export interface ParticipantSeed extends Sourced {
  personKey: string;
  role: ParticipationRole;
  /** the organisation the person took part for, where the source says so (their title at the event) */
  onBehalfOfKey?: string;
}

export interface EventSeed extends Sourced {
  key: string;
  kind: EventKind;
  title: string;
  startDate: PartialDate;
  endDate?: PartialDate;
  /** set when the source leaves the date open; `startDate` then holds the earliest candidate */
  startDateCandidates?: PartialDate[];
  provinceKey?: string;
  venue?: string;
  /** empty when the source names no organiser */
  organizerKeys: string[];
  countryCodes?: string[];
  description?: string;
  participantCount?: number;
  participantCountQualifier?: 'EXACT' | 'MORE_THAN' | 'ABOUT';
  participants?: ParticipantSeed[];
  congressKey?: string;
  ambassadorPostingKey?: string;
}

export interface AmbassadorPostingSeed extends Sourced {
  key: string;
  personKey?: string;
  countryCode: string;
  arrivedOn?: PartialDate;
  departedOn?: PartialDate;
  attestedOn?: PartialDate[];
}

export interface LegislatureSeed extends Sourced {
  number: number;
  electedOn?: PartialDate;
  termStart?: PartialDate;
  termEnd?: PartialDate;
  milestones?: { date: PartialDate; endDate?: PartialDate; label: string }[];
}

export interface ParliamentaryGroupSeed extends Sourced {
  key: string;
  /** 13, 14, 15, 16 … ; null where FACTS.md does not say which legislature */
  legislature: number | null;
  countryCodes: string[];
  regionName?: string /* e.g. ASEAN */;
  nameEn: string;
  chairPersonKey?: string;
  viceChairPersonKeys?: string[];
  memberCount?: number;
  coordinatingAssociationKey?: string;
  /** the Vietnam Friendship Parliamentarians Organisation the groups belong to */
  parentOrganizationKey?: string;
  asOf?: PartialDate;
}

export interface PartnershipSeed extends Sourced {
  key: string;
  organizationKey: string;
  partnerOrganizationKey?: string;
  partnerPersonKey?: string;
  kind: 'TRADITIONAL' | 'NEW';
  status: 'PROSPECT' | 'ACTIVE' | 'LAPSED';
  sectorKeys?: string[];
  since?: PartialDate;
  until?: PartialDate;
  attestedOn?: PartialDate[];
  notes?: string;
}

export type FigureQualifier = 'EXACT' | 'ABOUT' | 'NEARLY' | 'MORE_THAN';

export interface ReportedFigureSeed extends Sourced {
  key: string;
  metric: string;
  value: number;
  /** upper end when the sources give a range (2022 aid: 223.7–224 million) */
  valueMax?: number;
  qualifier?: FigureQualifier;
  unit: string /* 'count' | 'USD' | 'VND' | 'percent' */;
  periodStart?: PartialDate;
  periodEnd?: PartialDate;
  asOf?: PartialDate;
  scope?: string /* 'national', a province key, 'Europe', … */;
  provinceKey?: string;
  organizationKey?: string;
  sectorKey?: string;
  eventKey?: string;
  label: string /* a sentence as the source states it */;
}

export type LegalInstrumentKind =
  | 'RESOLUTION'
  | 'DECREE'
  | 'DECISION'
  | 'DIRECTIVE'
  | 'CONCLUSION'
  | 'OFFICIAL_LETTER'
  | 'STATUTE'
  | 'PROGRAMME';

export interface LegalInstrumentSeed extends Sourced {
  key: string;
  kind: LegalInstrumentKind;
  number?: string;
  title?: string;
  issuedOn?: PartialDate;
  effectiveOn?: PartialDate;
  periodStart?: PartialDate;
  periodEnd?: PartialDate;
  issuer?: string;
  signedByPersonKey?: string;
  subject: string;
}

export type RegistrationType = 'OPERATION' | 'PROJECT_OFFICE' | 'REPRESENTATIVE_OFFICE';

export interface LegalRuleSeed extends Sourced {
  key: string;
  instrumentKey: string;
  article?: string;
  topic:
    | 'SCOPE'
    | 'REGISTRATION_AUTHORITY'
    | 'OPERATING_AREA'
    | 'REPRESENTATIVE_OFFICE'
    | 'REGISTRATION_VALIDITY'
    | 'RIGHTS'
    | 'PERMIT_TYPES';
  statement: string;
  registrationType?: RegistrationType;
  maxValidityYears?: number;
  maxRepresentativeOffices?: number;
  allowedProvinceKeys?: string[];
  authorityKey?: string;
}
