import { registerEnumType } from 'type-graphql';

export enum PartnershipKind {
  TRADITIONAL = 'TRADITIONAL',
  NEW = 'NEW',
}
registerEnumType(PartnershipKind, { name: 'PartnershipKind', description: 'A traditional partner, or one of the new partners the Union wants to grow.' });

export enum PartnershipStatus {
  PROSPECT = 'PROSPECT',
  ACTIVE = 'ACTIVE',
  LAPSED = 'LAPSED',
}
registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });
