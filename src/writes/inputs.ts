import type { EntityClass } from '@mikro-orm/core';
import { Matches } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyNode } from '../db/base.entity.js';
import { conflict, notFound } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import { expectGlobalId } from '../relay/global-id.js';

export { isoDate } from '../relay/temporal.js';

/** A text a record cannot go without must hold more than spaces (`""` or `"   "` is BAD_USER_INPUT on its field). */
export const NotBlank = () => Matches(/\S/, { message: 'must not be blank' });

/** The source recorded for data entered through the API: who entered it. */
const ENTERED_BY: Record<string, string> = { SECRETARIAT: 'the Union’s secretariat', ASSOCIATION_EDITOR: 'an editor of the organization' };

/**
 * The citation of a fact entered through the API. It names the kind of writer, never the token's subject:
 * sources are public (the roster CSV needs no token), who wrote what is the audit trail's, which only
 * the secretariat reads.
 */
export const enteredBy = (ctx: Context): string[] => [`entered through the Amity API by ${ENTERED_BY[ctx.viewer.role] ?? 'an authorised writer'}`];

/** Loads the row a global ID names, or NOT_FOUND. */
export async function load<T extends AnyNode>(tx: EntityManager, entity: EntityClass<T>, globalId: string, field: string): Promise<T> {
  const row = await tx.findOne(entity, expectGlobalId(globalId, entity.name, field) as never);
  if (!row) throw notFound(entity.name, globalId);
  return row as T;
}

/** The version the caller read must still be current (the UPDATE checks it again for racing writes). */
export function assertVersion(row: AnyNode, version: number): void {
  if (row.version !== version) throw conflict(`The record is at version ${row.version}, not ${version}: reload it and try again`);
}
