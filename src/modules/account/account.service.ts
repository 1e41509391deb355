import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, passwordProblem } from '../../auth/passwords.js';
import { endSessionsOf } from '../../auth/sessions.js';
import type { Context } from '../../graphql/context.js';
import { assertVersion, load } from '../../writes/inputs.js';
import { violatedConstraint, withCause, write } from '../../writes/write.js';
import { AppError, badUserInput, ErrorCode, type FieldProblem } from '../../errors/errors.js';
import { Organization } from '../organization/organization.entity.js';
import { AccountRole } from './account.enums.js';
import { Account } from './account.entity.js';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** What a new account holds, as `createAccount` takes it (the CLI too). */
export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: AccountRole;
  organizationId?: string | null;
}

export interface AccountChanges {
  id: string;
  version: number;
  displayName?: string | null;
  role?: AccountRole | null;
  organizationId?: string | null;
  disabled?: boolean | null;
  password?: string | null;
}

/** Usernames are compared as typed, lowercased and trimmed: `Nguyen.A ` signs in as `nguyen.a`. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase();

function checkRoleAndOrganization(problems: FieldProblem[], role: AccountRole, organizationId: string | null | undefined): void {
  if (role !== AccountRole.SECRETARIAT && !organizationId) problems.push({ field: 'input.organizationId', message: `a ${role} account belongs to an organization` });
  if (role === AccountRole.SECRETARIAT && organizationId) problems.push({ field: 'input.organizationId', message: 'a SECRETARIAT account belongs to no organization' });
}

function displayNameProblem(problems: FieldProblem[], displayName: string): void {
  if (!displayName.trim()) problems.push({ field: 'input.displayName', message: 'must not be empty' });
  else if (displayName.length > 200) problems.push({ field: 'input.displayName', message: 'at most 200 characters' });
}

async function organizationFor(tx: EntityManager, organizationId: string | null | undefined): Promise<Organization | null> {
  return organizationId ? load(tx, Organization, organizationId, 'input.organizationId') : null;
}

/** A second account with the username is refused by the database's unique index, said as the field. */
function duplicateUsername(error: unknown, username: string): never {
  if (violatedConstraint(error) === 'account_username_unique') {
    throw withCause(new AppError(ErrorCode.CONFLICT, `There is already an account "${username}"`, { fields: [{ field: 'input.username', message: 'taken' }] }), error);
  }
  throw error;
}

/** Creates an account through the write door (the secretariat only: the mutation's @Authorized, and the CLI's caller). */
export async function createAccount(ctx: Context, input: NewAccount): Promise<Account> {
  const username = normaliseUsername(input.username);
  const problems: FieldProblem[] = [];
  if (!USERNAME_PATTERN.test(username)) problems.push({ field: 'input.username', message: '3 to 64 lowercase letters, digits, dots, hyphens or underscores, starting with a letter or digit' });
  displayNameProblem(problems, input.displayName);
  const weak = passwordProblem(input.password, username);
  if (weak) problems.push({ field: 'input.password', message: weak });
  checkRoleAndOrganization(problems, input.role, input.organizationId);
  if (problems.length) throw badUserInput('The account is not valid', problems);
  const passwordHash = await hashPassword(input.password);
  try {
    return await write(ctx, async (tx, audit) => {
      const organization = await organizationFor(tx, input.organizationId);
      const account = tx.create(Account, { username, displayName: input.displayName.trim(), role: input.role, organization, passwordHash });
      audit.created(account);
      return account;
    });
  } catch (error) {
    return duplicateUsername(error, username);
  }
}

/**
 * Changes an account: its name, role, organization, a new password, or disabling it. A new password,
 * a disabling, a new role or organization ends the account's sessions: the person signs in again, as
 * what they now are.
 */
export async function updateAccount(ctx: Context, input: AccountChanges): Promise<Account> {
  return write(ctx, async (tx, audit) => {
    const account = await load(tx, Account, input.id, 'input.id');
    assertVersion(account, input.version);
    const role = input.role ?? account.role;
    const movesOrganization = input.organizationId !== undefined;
    const problems: FieldProblem[] = [];
    if (input.displayName != null) displayNameProblem(problems, input.displayName);
    const weak = input.password != null ? passwordProblem(input.password, account.username) : undefined;
    if (weak) problems.push({ field: 'input.password', message: weak });
    // A secretariat account made an editor must name its organization; an editor made secretariat leaves it.
    if (input.role != null || movesOrganization) checkRoleAndOrganization(problems, role, movesOrganization ? input.organizationId : role === AccountRole.SECRETARIAT ? null : account.organization?.id);
    if (problems.length) throw badUserInput('The account change is not valid', problems);
    const organization = movesOrganization ? await organizationFor(tx, input.organizationId) : undefined;
    const organizationAfter = organization !== undefined ? (organization?.id ?? null) : role === AccountRole.SECRETARIAT ? null : (account.organization?.id ?? null);
    const endsSessions = input.password != null || input.disabled === true || role !== account.role || organizationAfter !== (account.organization?.id ?? null);
    audit.updating(account);
    if (input.displayName != null) account.displayName = input.displayName.trim();
    account.role = role;
    if (organization !== undefined) account.organization = organization ? ref(organization) : null;
    else if (role === AccountRole.SECRETARIAT) account.organization = null;
    if (input.disabled != null) account.disabled = input.disabled;
    if (input.password != null) account.passwordHash = await hashPassword(input.password);
    if (endsSessions) await endSessionsOf(tx, account.id);
    return account;
  });
}
