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
    FOREIGN_COUNTERPART: { description: 'A foreign friendship organization (e.g. the Japan–Vietnam FA).' },
  },
});

export enum OrganizationStatus {
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(OrganizationStatus, { name: 'OrganizationStatus' });

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
