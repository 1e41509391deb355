import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ConnectionType } from '../../relay/connection.js';
import { PartnershipKind, PartnershipStatus } from './partnership.enums.js';
import { Partnership } from './partnership.entity.js';

@InputType({ description: 'Narrows a list of partnerships. Lapsed partnerships are left out unless `statuses` asks for them.' })
export class PartnershipFilter {
  @Field(() => [PartnershipStatus], { nullable: true, description: 'Default: PROSPECT and ACTIVE.' })
  @IsOptional()
  statuses?: PartnershipStatus[];

  @Field(() => [PartnershipKind], { nullable: true })
  @IsOptional()
  kinds?: PartnershipKind[];

  @Field(() => [String], { nullable: true, description: 'Sector keys (e.g. `health`): partnerships in any of them.' })
  @IsOptional()
  sectorKeys?: string[];

  @Field({ nullable: true })
  @IsOptional()
  includeSynthetic?: boolean;
}

export const PartnershipConnection = ConnectionType<Partnership>('Partnership', () => Partnership);
export type PartnershipConnection = InstanceType<typeof PartnershipConnection>;
