import type { Ref } from '@mikro-orm/core';
import { BeforeCreate, BeforeUpdate, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { DateScalar } from '../../graphql/scalars.js';
import { foldForSearch } from '../../search/fold.js';
import { ProvinceGeneration, ProvinceLevel } from './province.enums.js';
import { notPaged } from '../../relay/connection.js';

/** A provincial-level unit with its validity; an abolished one points to the unit that took it over. */
@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A provincial-level administrative unit, valid over a span of time.' })
export class Province extends SourcedEntity<'searchText' | 'aliases' | 'formerCapitalWardNames' | 'specialZones'> {
  @Field({ description: 'Stable key, e.g. `binh-duong`.' })
  @Property()
  @Unique()
  key!: string;

  @Field({ description: 'Name in Vietnamese, with diacritics (e.g. Bình Dương).' })
  @Property()
  nameVi!: string;

  /** The name proper's Vietnamese sort key ("Thành phố" left out), computed by the database (Migration20261206220000_ProvinceSortName): lists by name order on it. */
  @Property({ type: 'text', generated: '(province_sort_key("name_vi")) stored', collation: 'C', hidden: true })
  nameSort?: string;

  @Field({ nullable: true, description: 'Name in English; null when none is recorded.' })
  @Property({ nullable: true })
  nameEn?: string;

  @Field(() => [String], { description: `Other names the unit is known by. ${notPaged('a unit’s own few names')}` })
  @Property({ type: 'text[]' })
  aliases: string[] = [];

  @Property({ type: 'text' })
  @Index()
  searchText: string = '';

  /** The level the unit was formed with; later changes of status (ProvinceChange) give the level of a date (Province.level(asOf)). */
  @Field(() => ProvinceLevel, { description: 'Province or centrally-run city on `asOf` (default today): the level the unit was formed with, or the one a later change gave it from its effective date (see `changes`, and `levelSince`).' })
  @Enum({ items: () => ProvinceLevel, nativeEnumName: 'province_level' })
  level!: ProvinceLevel;

  @Field(() => ProvinceGeneration, { description: 'Whether it is one of the 63 units before the 2025 merger or one of the 34 after it.' })
  @Enum({ items: () => ProvinceGeneration, nativeEnumName: 'province_generation' })
  generation!: ProvinceGeneration;

  @Field(() => DateScalar, { nullable: true, description: 'First day the unit existed (1 July 2025 for the 34); null when not recorded (the 63 older units).' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the unit existed; null while it exists.' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string;

  @ManyToOne(() => Province, { ref: true, nullable: true, index: true })
  successor?: Ref<Province>;

  @Field({ nullable: true, description: 'The official province code, given only where a cited source states it for this unit (a few units); null for the others, never inferred (a new unit keeps the old code of its lead province, but a code is recorded only where a source says which).' })
  @Property({ nullable: true })
  code?: string;

  @Field({ nullable: true, description: 'Political-administrative centre, as the sources word it.' })
  @Property({ nullable: true })
  centre?: string;

  @Field(() => Float, { nullable: true, description: 'Area in square kilometres, as the sources give it; null when not recorded.' })
  @Property({ type: 'double', nullable: true })
  areaKm2?: number;

  @Field(() => Int, { nullable: true, description: 'Population (persons), as the sources give it; null when not recorded.' })
  @Property({ nullable: true })
  population?: number;

  @Field(() => [String], { description: `Former provincial capitals kept as ward names inside the unit. ${notPaged('the few former capitals inside one unit')}` })
  @Property({ type: 'text[]' })
  formerCapitalWardNames: string[] = [];

  @Field(() => [String], { description: `Special zones (đặc khu) of the unit. ${notPaged('the few special zones of one unit')}` })
  @Property({ type: 'text[]' })
  specialZones: string[] = [];

  @BeforeCreate()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = foldForSearch([this.nameVi, this.nameEn, ...this.aliases].filter(Boolean).join(' '));
  }
}
