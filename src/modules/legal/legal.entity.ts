import { Collection, type Ref } from '@mikro-orm/core';
import { Embedded, Entity, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Person } from '../person/person.entity.js';
import { notPaged } from '../../relay/connection.js';

/** A law, decree, decision, resolution or directive the directory refers to. */
@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A legal or political instrument (decree, resolution, decision, directive, ...).' })
export class LegalInstrument extends SourcedEntity<'rules'> {
  @Field({ description: 'Stable key, e.g. `decree-58-2022`.' })
  @Property()
  @Unique()
  key!: string;

  @Field({ description: 'RESOLUTION, DECREE, DECISION, DIRECTIVE, CONCLUSION, OFFICIAL_LETTER, STATUTE or PROGRAMME.' })
  @Property()
  kind!: string;

  @Field({ nullable: true, description: 'Number as written (e.g. 58/2022/NĐ-CP).' })
  @Property({ nullable: true })
  number?: string;

  @Field({ nullable: true })
  @Property({ type: 'text', nullable: true })
  title?: string;

  @Field({ description: 'What it is about.' })
  @Property({ type: 'text' })
  subject!: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  issuer?: string;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  issuedOn?: PartialDate;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  effectiveOn?: PartialDate;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  periodStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  periodEnd?: PartialDate;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  signedBy?: Ref<Person>;

  @OneToMany(() => LegalRule, (rule) => rule.instrument)
  rules = new Collection<LegalRule>(this);
}

/** One rule of an instrument as the sources state it (e.g. Decree 58, Art. 9: 3 years at most). */
@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A rule of a legal instrument, as the sources state it.' })
export class LegalRule extends SourcedEntity<'allowedProvinceKeys'> {
  @Field()
  @Property()
  @Unique()
  key!: string;

  @ManyToOne(() => LegalInstrument, { ref: true, index: true })
  instrument!: Ref<LegalInstrument>;

  @Field({ nullable: true, description: 'Article, e.g. Art. 9.' })
  @Property({ nullable: true })
  article?: string;

  @Field({ description: 'SCOPE, REGISTRATION_AUTHORITY, OPERATING_AREA, REPRESENTATIVE_OFFICE, REGISTRATION_VALIDITY, RIGHTS or PERMIT_TYPES.' })
  @Property()
  topic!: string;

  @Field()
  @Property({ type: 'text' })
  statement!: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  registrationType?: string;

  @Field(() => Int, { nullable: true })
  @Property({ nullable: true })
  maxValidityYears?: number;

  @Field(() => Int, { nullable: true })
  @Property({ nullable: true })
  maxRepresentativeOffices?: number;

  @Field(() => [String], { description: `Provinces (keys) the rule allows, where it names them. ${notPaged('at most the 97 provinces of the reference list')}` })
  @Property({ type: 'text[]' })
  allowedProvinceKeys: string[] = [];
}
