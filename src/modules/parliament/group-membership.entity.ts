import type { Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Person } from '../person/person.entity.js';
import { Role } from '../membership/membership.enums.js';
import { ParliamentaryGroup } from './parliamentary-group.entity.js';

@Entity()
// One sitting chair per group (migration OneGroupChair).
@Index({ name: 'group_membership_one_chair', expression: `create unique index "group_membership_one_chair" on "group_membership" ("group_id") where ("role" = 'CHAIR' and "end_date_start" is null)` })
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A deputy’s seat in a parliamentary friendship group (chair, vice-chair, member).' })
export class GroupMembership extends SourcedEntity {
  @ManyToOne(() => ParliamentaryGroup, { ref: true, index: true, deleteRule: 'cascade' })
  group!: Ref<ParliamentaryGroup>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Field(() => Role, { description: 'The seat: CHAIR, VICE_CHAIR or MEMBER, as recorded. A group has at most one sitting chair.' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Field(() => PartialDate, { nullable: true, description: 'When the deputy took the seat, as precise as the source gives it; null when not known.' })
  @Embedded(() => PartialDate, { nullable: true })
  startDate?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'The last day of the seat (`endGroupMembership`); null while it is held, or when its end is not on record.' })
  @Embedded(() => PartialDate, { nullable: true })
  endDate?: PartialDate;
}
