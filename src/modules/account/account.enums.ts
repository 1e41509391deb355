import { registerEnumType } from 'type-graphql';

/** What a person signed in with an account may do: the roles bearer tokens name (src/auth/viewer.ts), PUBLIC aside. */
export enum AccountRole {
  SECRETARIAT = 'SECRETARIAT',
  ASSOCIATION_EDITOR = 'ASSOCIATION_EDITOR',
  READER = 'READER',
}
registerEnumType(AccountRole, {
  name: 'AccountRole',
  description: 'What a signed-in person may do: the same roles bearer tokens carry.',
  valuesConfig: {
    SECRETARIAT: { description: 'The Union’s secretariat: writes anything, sees every private contact detail, manages accounts.' },
    ASSOCIATION_EDITOR: { description: 'An editor of one organization: writes its data (and its branches’), sees the contact details it recorded.' },
    READER: { description: 'A reader for one organization: reads, plus the contact details its organization recorded.' },
  },
});
