import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  UNION = 'UNION',
  UNION_BODY = 'UNION_BODY',
  FRIENDSHIP_ASSOCIATION = 'FRIENDSHIP_ASSOCIATION',
  LOCAL_UNION = 'LOCAL_UNION',
  LOCAL_ASSOCIATION = 'LOCAL_ASSOCIATION',
  FOREIGN_NGO = 'FOREIGN_NGO',
  BUSINESS = 'BUSINESS',
  RESEARCH_INSTITUTION = 'RESEARCH_INSTITUTION',
  OVERSEAS_COMMUNITY = 'OVERSEAS_COMMUNITY',
  STUDENT_ASSOCIATION = 'STUDENT_ASSOCIATION',
  FOREIGN_COUNTERPART = 'FOREIGN_COUNTERPART',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  EMBASSY = 'EMBASSY',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What an organization is within the network; decides its concrete GraphQL type.',
  valuesConfig: {
    UNION: { description: 'The Vietnam Union of Friendship Organizations (VUFO) itself.' },
    UNION_BODY: { description: 'A department, committee or specialised body of the Union (PACCOM, ...).' },
    FRIENDSHIP_ASSOCIATION: { description: 'A central-level member association, bilateral or regional.' },
    LOCAL_UNION: { description: 'A provincial union of friendship organizations.' },
    LOCAL_ASSOCIATION: { description: 'A provincial branch of a friendship association.' },
    FOREIGN_NGO: { description: 'A foreign non-governmental organization working in Vietnam.' },
    BUSINESS: { description: 'A business partner (a company, an enterprise); served as PartnerOrganization.' },
    RESEARCH_INSTITUTION: { description: 'A university, institute or other research partner; served as PartnerOrganization.' },
    OVERSEAS_COMMUNITY: { description: 'A community or association of overseas Vietnamese; served as PartnerOrganization.' },
    STUDENT_ASSOCIATION: { description: 'An association of international students; served as PartnerOrganization.' },
    FOREIGN_COUNTERPART: { description: 'A foreign friendship organization (e.g. the Japan–Vietnam FA); served as PartnerOrganization.' },
    GOVERNMENT_BODY: { description: 'A state body (a ministry such as MOFA, a provincial authority, ...); served as PartnerOrganization.' },
    EMBASSY: { description: 'A diplomatic mission (an embassy); served as PartnerOrganization.' },
  },
});

export enum OrganizationStatus {
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(OrganizationStatus, {
  name: 'OrganizationStatus',
  description: 'Whether an organization is at work, as recorded.',
  valuesConfig: {
    ACTIVE: { description: 'Active (the status of an organization unless recorded otherwise).' },
    DORMANT: { description: 'Still in existence, but not active.' },
    DISSOLVED: { description: 'Dissolved: it no longer exists, and stays on record.' },
  },
});

/** The concrete GraphQL type that serves each kind (partner kinds share one type). */
export const ORGANIZATION_TYPE_BY_KIND: Record<OrganizationKind, string> = {
  UNION: 'Union',
  UNION_BODY: 'UnionBody',
  FRIENDSHIP_ASSOCIATION: 'FriendshipAssociation',
  LOCAL_UNION: 'LocalUnion',
  LOCAL_ASSOCIATION: 'LocalAssociation',
  FOREIGN_NGO: 'ForeignNgo',
  BUSINESS: 'PartnerOrganization',
  RESEARCH_INSTITUTION: 'PartnerOrganization',
  OVERSEAS_COMMUNITY: 'PartnerOrganization',
  STUDENT_ASSOCIATION: 'PartnerOrganization',
  FOREIGN_COUNTERPART: 'PartnerOrganization',
  GOVERNMENT_BODY: 'PartnerOrganization',
  EMBASSY: 'PartnerOrganization',
};
