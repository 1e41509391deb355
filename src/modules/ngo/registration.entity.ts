import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Organization } from '../organization/organization.entity.js';
import { RegistrationType } from './ngo.enums.js';

/** A foreign NGO's registration certificate; the database refuses one longer than Decree 58 allows. */
@Entity()
// Decree 58/2022/ND-CP, Art. 9 (created by migration ForeignNgos; declared so schema diffs keep it).
@Check({ name: 'registration_validity', expression: "(expires_on > issued_on) AND ((type <> 'OPERATION'::registration_type) OR (expires_on <= (issued_on + '3 years'::interval))) AND ((type <> 'REPRESENTATIVE_OFFICE'::registration_type) OR (expires_on <= (issued_on + '5 years'::interval)))" })
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A foreign NGO’s registration certificate (type, number, validity), under Decree 58/2022/ND-CP.' })
export class Registration extends SourcedEntity {
  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  @Field(() => RegistrationType, { description: 'The kind of certificate; decides its maximum validity.' })
  @Enum({ items: () => RegistrationType, nativeEnumName: 'registration_type' })
  type!: RegistrationType;

  @Field({ nullable: true, description: 'Certificate number.' })
  @Property({ nullable: true })
  number?: string;

  @Field(() => DateScalar, { description: 'The day the certificate was issued.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'The expiry date on the certificate: after the issue, and at most 3 years after it for an operation, 5 for a representative office (the database refuses longer).' })
  @Property({ type: 'date', index: true })
  expiresOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the certificate was withdrawn before it expired (`withdrawRegistration`); null while it stands. A withdrawn registration is no longer valid after that day and raises no alert.' })
  @Property({ type: 'date', nullable: true })
  withdrawnOn?: string;

  @Field({ nullable: true, description: 'Why it was withdrawn, as recorded.' })
  @Property({ type: 'text', nullable: true })
  withdrawalReason?: string;
}
