import { registerEnumType } from 'type-graphql';

export enum BodyKind {
  PRESIDIUM = 'PRESIDIUM',
  EXECUTIVE_COMMITTEE = 'EXECUTIVE_COMMITTEE',
  STANDING_COMMITTEE = 'STANDING_COMMITTEE',
  INSPECTION_BOARD = 'INSPECTION_BOARD',
  SECRETARIAT = 'SECRETARIAT',
  BOARD = 'BOARD',
  PARTY_DELEGATION = 'PARTY_DELEGATION',
}
registerEnumType(BodyKind, { name: 'BodyKind', description: 'The governing organ a body is.' });
