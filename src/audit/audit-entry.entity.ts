import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../db/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { toGlobalId } from '../relay/global-id.js';
import { AUDIT_APPEND_ONLY_TRIGGER } from '../db/migrations/Migration20261123103727_AuditTrail.js';

/**
 * Who changed what, when: written in the same transaction as the change; the database refuses edits
 * (the trigger is declared here so that the ORM's schema diff keeps it).
 */
@Entity({ triggers: [{ name: 'audit_entry_append_only', timing: 'before', events: ['update', 'delete'], expression: AUDIT_APPEND_ONLY_TRIGGER.join('\n') }] })
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['actor'] })
@ObjectType({ implements: BaseEntity, description: 'An audit record of one write: who, when, which entity, the fields before and after. Never editable.' })
export class AuditEntry extends BaseEntity {
  @Field({ description: 'The token subject of the caller.' })
  @Property()
  actor!: string;

  @Field({ description: 'The role the actor wrote with (SECRETARIAT or ASSOCIATION_EDITOR), as their credential stated it at the time.' })
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

  @Field(() => ID, { description: 'The global ID of the record written (refetch it with `node(id:)`; null there once deleted).' })
  get record(): string {
    return toGlobalId(this.entityType, this.entityId);
  }

  @Field(() => DateTimeScalar, { description: 'When the write was made.' })
  get at(): Date {
    return this.createdAt;
  }

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The fields the write changed, before it (null for a creation). References are global IDs.' })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The fields the write changed or, for a creation, set, after it (null for a deletion). References are global IDs.' })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Field({ nullable: true, description: 'The request that made the change (x-request-id).' })
  @Property({ nullable: true })
  requestId?: string;
}
