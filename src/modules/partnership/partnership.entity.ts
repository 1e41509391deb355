import { Collection, type Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { PartnershipKind, PartnershipStatus } from './partnership.enums.js';
import { PartnershipSector } from './partnership-sector.entity.js';
import { notPaged } from '../../relay/connection.js';

/** An edge between an organization of the network and a partner: an organization or a person. */
@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A partnership between an organization of the network and a partner (organization or person).' })
export class Partnership extends SourcedEntity<'sectorLinks' | 'attestedOn'> {
  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  partnerOrganization?: Ref<Organization>;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  partnerPerson?: Ref<Person>;

  @Field(() => PartnershipKind, { description: 'A traditional partner, or a new one.' })
  @Enum({ items: () => PartnershipKind, nativeEnumName: 'partnership_kind' })
  kind!: PartnershipKind;

  @Field(() => PartnershipStatus, { description: 'Prospect, active or lapsed.' })
  @Enum({ items: () => PartnershipStatus, nativeEnumName: 'partnership_status' })
  status!: PartnershipStatus;

  @Field(() => PartialDate, { nullable: true, description: 'When the partnership began, as precise as the source gives it; null when not known.' })
  @Embedded(() => PartialDate, { nullable: true })
  since?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When it ended, as precise as the source gives it; null while it runs, or when its end is not known.' })
  @Embedded(() => PartialDate, { nullable: true })
  until?: PartialDate;

  @Field(() => [String], { description: `Dates on which a source shows the partnership at work. ${notPaged('the few dates the sources of one partnership give')}` })
  @Property({ type: 'text[]' })
  attestedOn: string[] = [];

  /** The person leading the partnership on the network's side, and on the partner's side. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  lead?: Ref<Person>;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  partnerLead?: Ref<Person>;

  @Field({ nullable: true, description: 'Notes on the partnership, in free text as recorded; null when there are none.' })
  @Property({ type: 'text', nullable: true })
  notes?: string;

  @OneToMany(() => PartnershipSector, (link) => link.partnership)
  sectorLinks = new Collection<PartnershipSector>(this);

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}
