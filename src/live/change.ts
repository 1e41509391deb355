import { registerEnumType } from 'type-graphql';

/** What a write did to a record, as its audit entry says it. */
export enum ChangeAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'What a write did to a record: the `action` of its audit entry.',
  valuesConfig: {
    CREATE: { description: 'The record was created (a member appointed, a person invited).' },
    UPDATE: { description: 'The record was changed (a membership ended, attendance recorded).' },
    DELETE: { description: 'The record was deleted.' },
  },
});

/**
 * One audited change, as announced to subscribers: derived from the write's audit entry, small enough to
 * travel in a PostgreSQL notification (keys only: a subscription reads the record itself, through the
 * normal resolvers and the subscriber's own rights, when the change reaches it).
 */
export interface Change {
  /** The audit entry's internal key. */
  entry: string;
  action: ChangeAction;
  /** The entity type (`Membership`, `Participation`, …), as the audit entry names it. */
  type: string;
  /** The record's internal key. */
  id: string;
  /** The token subject that wrote it (the audit entry's `actor`). */
  actor: string;
  /** When the write was made (ISO 8601). */
  at: string;
  /**
   * The internal keys of the records it refers to (its many-to-one references, by property name: a
   * membership's `organization` and `body`, a participation's `event`), before and after the write, so a
   * record moved from one body to another reaches the subscribers of both.
   */
  refs: Record<string, string[]>;
}

/** Whether `change` refers to `id` through its reference `name` (a membership's `body`, say). */
export const refersTo = (change: Change, name: string, id: string): boolean => change.refs[name]?.includes(id) ?? false;
