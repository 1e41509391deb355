import { ArgsType, createUnionType, Field, registerEnumType } from 'type-graphql';
import { ConnectionType, ForwardConnectionArgs } from '../../relay/connection.js';
import { Event } from '../event/event.entity.js';
import { ORGANIZATION_OBJECT_TYPES } from '../organization/organization.types.js';
import { Person } from '../person/person.entity.js';

export enum SearchType {
  ORGANIZATION = 'ORGANIZATION',
  FOREIGN_NGO = 'FOREIGN_NGO',
  PERSON = 'PERSON',
  EVENT = 'EVENT',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'What `search` looks through.',
  valuesConfig: {
    ORGANIZATION: { description: 'Organizations of the network and their partners, by any of their names or abbreviation (foreign NGOs apart).' },
    FOREIGN_NGO: { description: 'Foreign non-governmental organizations, by name.' },
    PERSON: { description: 'Persons, by full name.' },
    EVENT: { description: 'Events, by title.' },
  },
});

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Something `search` found: an organization (of any kind), a person or an event.',
  types: () => [...ORGANIZATION_OBJECT_TYPES, Person, Event] as const,
  // Every row knows its GraphQL type (an organization's follows its kind).
  resolveType: (value) => (value as { graphqlTypeName: string }).graphqlTypeName,
});

export const SearchResultConnection = ConnectionType<object>('SearchResult', () => SearchResult as unknown as Function);
export type SearchResultConnection = InstanceType<typeof SearchResultConnection>;

@ArgsType()
export class SearchArgs extends ForwardConnectionArgs {
  @Field(() => String, { description: 'Words to find, in any case, with or without diacritics (“nguyen van”, “Hội Việt Mỹ”); every word must occur.' })
  query!: string;

  @Field(() => [SearchType], { nullable: true, description: 'What to look through (default: all four).' })
  types?: SearchType[];

  @Field(() => Boolean, { defaultValue: false, description: 'Include the synthetic benchmark data.' })
  includeSynthetic!: boolean;
}
