import { registerEnumType } from 'type-graphql';

export enum PartnershipKind {
  TRADITIONAL = 'TRADITIONAL',
  NEW = 'NEW',
}
registerEnumType(PartnershipKind, {
  name: 'PartnershipKind',
  description: 'A traditional partner, or one of the new partners the Union wants to grow.',
  valuesConfig: {
    TRADITIONAL: { description: 'A traditional, long-standing partner.' },
    NEW: { description: 'A new partner: one of those the Union wants to grow.' },
  },
});

export enum PartnershipStatus {
  PROSPECT = 'PROSPECT',
  ACTIVE = 'ACTIVE',
  LAPSED = 'LAPSED',
}
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Where a partnership stands.',
  valuesConfig: {
    PROSPECT: { description: 'A prospective partnership, not at work yet (the status of a new one unless given).' },
    ACTIVE: { description: 'At work.' },
    LAPSED: { description: 'No longer at work: partnership lists and network views leave it out unless asked.' },
  },
});
