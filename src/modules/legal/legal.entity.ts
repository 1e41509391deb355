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

  @Field({ nullable: true, description: 'Its title, where the source gives one (e.g. "Statute of VUFO (6th term)"); null otherwise (see subject).' })
  @Property({ type: 'text', nullable: true })
  title?: string;

  @Field({ description: 'What it is about.' })
  @Property({ type: 'text' })
  subject!: string;

  @Field({ nullable: true, description: 'Who issued it, as the source names them (e.g. Government, Prime Minister, National Assembly); null when not stated.' })
  @Property({ nullable: true })
  issuer?: string;

  @Field(() => PartialDate, { nullable: true, description: 'When it was issued, as precise as the source states it; null when not stated.' })
  @Embedded(() => PartialDate, { nullable: true })
  issuedOn?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When it took effect, as precise as the source states it; null when not stated.' })
  @Embedded(() => PartialDate, { nullable: true })
  effectiveOn?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'For a programme or plan: the start of the period it covers (e.g. 2019 for 2019–2025); null otherwise.' })
  @Embedded(() => PartialDate, { nullable: true })
  periodStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'For a programme or plan: the end of the period it covers (e.g. 2025 for 2019–2025); null otherwise.' })
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
  @Field({ description: 'Stable key, e.g. `nd58-art9-operation-validity`.' })
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

  @Field({ description: 'The rule as the sources state it, in English.' })
  @Property({ type: 'text' })
  statement!: string;

  @Field({ nullable: true, description: 'The kind of registration the rule is about, as a RegistrationType name (OPERATION, PROJECT_OFFICE or REPRESENTATIVE_OFFICE); null for a rule about none in particular.' })
  @Property({ nullable: true })
  registrationType?: string;

  @Field(() => Int, { nullable: true, description: 'The longest a registration of that kind may be valid, in years (e.g. 3 for operation, 5 for a representative office); null when the rule sets no such limit.' })
  @Property({ nullable: true })
  maxValidityYears?: number;

  @Field(() => Int, { nullable: true, description: 'How many representative offices a foreign NGO may have (e.g. 1); null when the rule sets no such limit.' })
  @Property({ nullable: true })
  maxRepresentativeOffices?: number;

  @Field(() => [String], { description: `Provinces (keys) the rule allows, where it names them. ${notPaged('at most the 97 provinces of the reference list')}` })
  @Property({ type: 'text[]' })
  allowedProvinceKeys: string[] = [];
}
