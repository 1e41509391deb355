import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CountryCodeScalar, DateScalar } from '../../graphql/scalars.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { PROVINCE_ARGUMENT } from '../province/geography.js';
import { ConnectionType } from '../../relay/connection.js';
import { PartnershipKind, PartnershipStatus } from './partnership.enums.js';
import { Partnership } from './partnership.entity.js';

@InputType({ description: 'Narrows a list of partnerships. Lapsed partnerships are left out unless `statuses` asks for them.' })
export class PartnershipFilter {
  @Field(() => [PartnershipStatus], { nullable: true, description: 'Default: PROSPECT and ACTIVE.' })
  @IsOptional()
  statuses?: PartnershipStatus[];

  @Field(() => [PartnershipKind], { nullable: true, description: 'Only partnerships of any of these kinds.' })
  @IsOptional()
  kinds?: PartnershipKind[];

  @Field(() => [String], { nullable: true, description: 'Sector keys (e.g. `health-care`): partnerships in any of them.' })
  @IsOptional()
  sectorKeys?: string[];

  @Field(() => [OrganizationKind], { nullable: true, description: 'Only partners of these kinds (BUSINESS, RESEARCH_INSTITUTION, ...).' })
  @IsOptional()
  partnerKinds?: OrganizationKind[];

  @Field({ nullable: true, description: 'Only partners that are persons (true) or organizations (false).' })
  @IsOptional()
  partnerIsPerson?: boolean;

  @Field(() => [CountryCodeScalar], { nullable: true, description: 'Only partners about any of these countries.' })
  @IsOptional()
  partnerCountryCodes?: string[];

  @Field(() => [String], { nullable: true, description: `Only partners located in these provinces, each ${PROVINCE_ARGUMENT} (today); a unit takes in the old units merged into it (“Hồ Chí Minh City” includes partners still recorded on Bình Dương).` })
  @IsOptional()
  partnerProvinceKeys?: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Only partnerships running on this date (since ≤ date ≤ until).' })
  @IsOptional()
  activeOn?: Date | string;

  @Field({ nullable: true, description: 'Include the partnerships of the synthetic benchmark network (default false).' })
  @IsOptional()
  includeSynthetic?: boolean;
}

export const PartnershipConnection = ConnectionType<Partnership>('Partnership', () => Partnership);
export type PartnershipConnection = InstanceType<typeof PartnershipConnection>;
