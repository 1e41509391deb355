import type { EntityManager } from '@mikro-orm/postgresql';
import { mayWriteFor } from '../../auth/policy.js';
import { forbidden } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { load } from '../../writes/inputs.js';
import { Organization } from './organization.entity.js';

/** The organization whose data a write touches, checked against the caller's rights. */
export async function writableOrganization(tx: EntityManager, ctx: Context, organizationId: string, field = 'input.organizationId'): Promise<Organization> {
  const organization = await load(tx, Organization, organizationId, field);
  assertMayWrite(ctx, organization);
  return organization;
}

/** The organization a record belongs to (`record.organization`), checked against the caller's rights. */
export async function writableOwner(tx: EntityManager, ctx: Context, organization: { id: string }): Promise<Organization> {
  const row = await tx.findOneOrFail(Organization, organization.id);
  assertMayWrite(ctx, row);
  return row;
}

export function assertMayWrite(ctx: Context, organization: Organization): void {
  if (!mayWriteFor(ctx.viewer, { id: organization.id, parentId: organization.parent?.id })) throw forbidden('You may only change your own organization’s data');
}
