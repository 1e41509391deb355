import { AmbassadorPosting } from '../modules/ambassador/ambassador-posting.entity.js';
import { AidRecord } from '../modules/ngo/aid-record.entity.js';
import { AreaRemap } from '../modules/ngo/area-remap.entity.js';
import { InterventionArea } from '../modules/ngo/intervention-area.entity.js';
import { Registration } from '../modules/ngo/registration.entity.js';
import { LegalInstrument, LegalRule } from '../modules/legal/legal.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Body } from '../modules/body/body.entity.js';
import { Congress } from '../modules/congress/congress.entity.js';
import { Country } from '../modules/country/country.entity.js';
import { EventCountry } from '../modules/event/event-country.entity.js';
import { EventOrganizer } from '../modules/event/event-organizer.entity.js';
import { Event } from '../modules/event/event.entity.js';
import { Participation } from '../modules/event/participation.entity.js';
import { OrganizationCountry } from '../modules/organization/organization-country.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { GroupMembership } from '../modules/parliament/group-membership.entity.js';
import { Legislature } from '../modules/parliament/legislature.entity.js';
import { ParliamentaryGroupCountry } from '../modules/parliament/parliamentary-group-country.entity.js';
import { ParliamentaryGroup } from '../modules/parliament/parliamentary-group.entity.js';
import { PartnershipSector } from '../modules/partnership/partnership-sector.entity.js';
import { Partnership } from '../modules/partnership/partnership.entity.js';
import { ContactPoint } from '../modules/person/contact-point.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Membership } from '../modules/post/membership.entity.js';
import { ProvinceChange } from '../modules/province/province-change.entity.js';
import { Province } from '../modules/province/province.entity.js';
import { ReportedFigure } from '../modules/reported-figure/reported-figure.entity.js';
import { Sector } from '../modules/sector/sector.entity.js';

/** Every entity, listed explicitly (no folder scanning): the same list for the app, tests and migrations. */
export const entities = [
  Organization,
  OrganizationCountry,
  Country,
  Province,
  ProvinceChange,
  Sector,
  Person,
  ContactPoint,
  Congress,
  Body,
  Membership,
  Event,
  EventOrganizer,
  EventCountry,
  Participation,
  AmbassadorPosting,
  Legislature,
  ParliamentaryGroup,
  ParliamentaryGroupCountry,
  GroupMembership,
  Partnership,
  PartnershipSector,
  ReportedFigure,
  Registration,
  InterventionArea,
  AidRecord,
  AreaRemap,
  LegalInstrument,
  LegalRule,
  AuditEntry,
];
