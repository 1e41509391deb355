import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import { ChangeAction, type Change } from './change.js';

/**
 * What every subscription's payload says of one change; a module's payload adds the record itself,
 * resolved when the change reaches the subscriber (so through the normal resolvers and the subscriber's
 * rights, and as it is then: a later change may already show).
 */
// Not emitted as a type of its own: only the payloads that extend it are named by a field.
@ObjectType()
export abstract class RecordChange {
  @Field(() => ChangeAction, { description: 'What the write did to the record.' })
  action!: ChangeAction;

  @Field(() => DateTimeScalar, { description: 'When the write was made.' })
  at!: Date;

  /** The record's internal key, for the field resolvers. */
  recordKey!: string;

  /** One change's payload of the concrete type `this` is called on. */
  static of<T extends RecordChange>(this: new () => T, change: Change): T {
    return Object.assign(new this(), { action: change.action, at: new Date(change.at), recordKey: change.id });
  }
}
