import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../db/base.entity.js';

/** Who changed what, when: written in the same transaction as the change; the database refuses edits. */
@Entity()
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['actor'] })
@ObjectType({ implements: BaseEntity, description: 'An audit record of one write: who, when, which entity, the fields before and after. Never editable.' })
export class AuditEntry extends BaseEntity {
  @Field({ description: 'The token subject of the caller.' })
  @Property()
  actor!: string;

  @Field()
  @Property()
  actorRole!: string;

  @Field({ description: 'CREATE, UPDATE or DELETE.' })
  @Property()
  action!: string;

  @Field({ description: 'The entity type (Membership, ...).' })
  @Property()
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields before the write (null for a creation).' })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields after the write (null for a deletion).' })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Field({ nullable: true, description: 'The request that made the change (x-request-id).' })
  @Property({ nullable: true })
  requestId?: string;
}
