import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CountryCodeScalar } from '../../graphql/scalars.js';
import { OrderDirection } from '../../relay/order.js';
import { IdentifierMatch } from '../identifier/identifier.inputs.js';
import { OrganizationKind, OrganizationStatus } from './organization.enums.js';

@InputType({ description: 'Narrows a list of organizations; all given conditions must hold.' })
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Only organizations of any of these kinds (at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: OrganizationKind[];

  @Field(() => [OrganizationStatus], { nullable: true, description: 'Only organizations with any of these statuses (default: every status).' })
  @IsOptional()
  statuses?: OrganizationStatus[];

  @Field(() => [CountryCodeScalar], { nullable: true, description: 'Organizations about any of these countries (ISO 3166-1 alpha-2 codes, any case; at most 50).' })
  @IsOptional()
  @ArrayMaxSize(50)
  countryCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'Only the direct children (bodies, branches) of this organization.' })
  @IsOptional()
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this organization (e.g. the Union’s member associations and provincial unions).' })
  @IsOptional()
  memberOfId?: string;

  @Field({ nullable: true, description: 'Words in any of the names; case and Vietnamese diacritics are ignored.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => IdentifierMatch, { nullable: true, description: 'Only the organization known by this identifier (Organization.identifiers).' })
  @IsOptional()
  @ValidateNested()
  identifier?: IdentifierMatch;

  @Field({ nullable: true, description: 'Include rows of the synthetic benchmark network (default false).' })
  @IsOptional()
  includeSynthetic?: boolean;
}

export enum OrganizationOrderField {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  FOUNDED_ON = 'FOUNDED_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OrganizationOrderField, {
  name: 'OrganizationOrderField',
  description: 'What a list of organizations is ordered by.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match of `filter.search` first (the default when searching; descending unless ASC is asked for). Without a search, the same as NAME.' },
    NAME: {
      description:
        'Vietnamese alphabetical order, as every list by name: base letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z where Latin puts them), words one by one, then tones (none, huyền, hỏi, ngã, sắc, nặng), then lower case before upper case.',
    },
    FOUNDED_ON: { description: 'By founding date (the first day it can mean); organizations with no known founding date come last in either direction.' },
    CREATED_AT: { description: 'By when the record was created in the directory.' },
  },
});

@InputType({ description: 'Order of a list of organizations: by name unless searching (then by relevance).' })
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { nullable: true, description: 'What to order by (default NAME, or RELEVANCE when `filter.search` is given).' })
  field?: OrganizationOrderField;

  @Field(() => OrderDirection, { nullable: true, description: 'ASC or DESC (default ASC, but DESC for RELEVANCE: best match first).' })
  direction?: OrderDirection;
}
