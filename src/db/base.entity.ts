import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { toGlobalId } from '../relay/global-id.js';

/**
 * Every table row that clients can refetch is a Relay `Node`: uuid key, optimistic-lock version,
 * timestamps. The GraphQL `id` is the opaque global ID, never the raw key.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque ID that `node(id:)` can refetch.',
  resolveType: (value) => (value as BaseEntity).graphqlTypeName,
})
export abstract class BaseEntity<Optional extends string = never> {
  /** Properties with defaults or derived values: `em.create` does not require them. */
  [OptionalProps]?: 'id' | 'version' | 'createdAt' | 'updatedAt' | 'globalId' | 'nodeType' | 'graphqlTypeName' | Optional;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Bumped on every update; a write carrying an older version is refused (optimistic locking). */
  @Field(() => Int, { description: 'Bumped on every change; send it back with an update (a stale one gets CONFLICT).' })
  @Property({ version: true })
  version!: number;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => ID, { name: 'id', description: 'Opaque global ID.' })
  get globalId(): string {
    return toGlobalId(this.nodeType, this.id);
  }

  /** The type half of the global ID: one per table, so `node(id)` knows where to look. */
  get nodeType(): string {
    return this.constructor.name;
  }

  /** The concrete GraphQL object type of this row (overridden where one table serves several types). */
  get graphqlTypeName(): string {
    return this.constructor.name;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyNode = BaseEntity<any>;
