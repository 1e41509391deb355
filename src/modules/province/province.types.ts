import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { ProvinceGeneration } from './province.enums.js';

@InputType({ description: 'Narrows the list of provinces.' })
export class ProvinceFilter {
  @Field(() => ProvinceGeneration, { nullable: true, description: 'Only the units of this generation (default: both).' })
  @IsOptional()
  generation?: ProvinceGeneration;

  @Field(() => DateScalar, { nullable: true, description: 'Only units that existed on this date (e.g. 2025-07-01 for the 34).' })
  @IsOptional()
  validOn?: Date | string;

  @Field({ nullable: true, description: 'Words of the name, without diacritics if you like ("binh duong").' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
