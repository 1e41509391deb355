import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CountryCodeScalar } from '../../graphql/scalars.js';
import { OrderDirection } from '../../relay/order.js';
import { IdentifierMatch } from '../identifier/identifier.inputs.js';
import { OrganizationKind, OrganizationStatus } from './organization.enums.js';

@InputType({ description: 'Narrows a list of organizations; all given conditions must hold.' })
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: OrganizationKind[];

  @Field(() => [OrganizationStatus], { nullable: true })
  @IsOptional()
  statuses?: OrganizationStatus[];

  @Field(() => [CountryCodeScalar], { nullable: true, description: 'Organizations about any of these countries.' })
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
  /** Best match of `filter.search` first (the default when searching). */
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  FOUNDED_ON = 'FOUNDED_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OrganizationOrderField, {
  name: 'OrganizationOrderField',
  valuesConfig: {
    NAME: {
      description:
        'Vietnamese alphabetical order, as every list by name: base letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z where Latin puts them), words one by one, then tones (none, huyền, hỏi, ngã, sắc, nặng), then lower case before upper case.',
    },
  },
});

@InputType({ description: 'Order of a list of organizations: by name unless searching (then by relevance).' })
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { nullable: true })
  field?: OrganizationOrderField;

  @Field(() => OrderDirection, { nullable: true })
  direction?: OrderDirection;
}
