import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { AppError, badUserInput, ErrorCode } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { assertVersion, enteredBy, load } from '../../writes/inputs.js';
import { violatedConstraint, withCause, write, type AuditRecorder } from '../../writes/write.js';
import { Organization } from '../organization/organization.entity.js';
import { Registration } from '../ngo/registration.entity.js';
import { FNGO_REGISTRATION_SCHEME, IDENTIFIER_SCHEMES, identifierScheme, normaliseIdentifier, type IdentifierScheme } from './identifier.schemes.js';
import { OrganizationIdentifier } from './organization-identifier.entity.js';

const UNIQUE = 'organization_identifier_scheme_identifier_unique';

@InputType({ description: 'An identifier to record for an organization.' })
export class AddOrganizationIdentifierInput {
  @Field(() => ID, { description: 'The global ID of the organization the identifier names.' })
  organizationId!: string;

  @Field({ description: 'Scheme code (see identifierSchemes): XM-DAC, XI-IATI, VN-TIN, VN-CR or LOCAL-VN-FNGO.' })
  @MaxLength(40)
  scheme!: string;

  @Field({ description: 'The identifier, at most 200 characters, with or without the scheme’s prefix (41301 or XM-DAC-41301); it must have the scheme’s shape (see IdentifierScheme.shape).' })
  @MaxLength(200)
  identifier!: string;

  @Field({ nullable: true, description: 'Where the identifier is published (a registry page, a document), cited beside who entered it.' })
  @IsOptional()
  @MaxLength(500)
  source?: string;
}

@InputType({ description: 'An identifier to remove, with the version you read.' })
export class RemoveOrganizationIdentifierInput {
  @Field(() => ID, { description: 'The global ID of the identifier (an OrganizationIdentifier).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read: a newer one on the server means someone else changed it (CONFLICT), and nothing is removed.' })
  version!: number;
}

@ObjectType({ description: 'The identifier recorded, and its organization (to refetch its identifiers).' })
export class AddOrganizationIdentifierPayload {
  @Field(() => OrganizationIdentifier, { description: 'The identifier recorded, or the same one already on record.' })
  identifier!: OrganizationIdentifier;

  @Field(() => Organization, { description: 'The organization the identifier names.' })
  organization!: Organization;
}

@ObjectType({ description: 'An identifier removed, and its organization (to refetch its identifiers).' })
export class RemoveOrganizationIdentifierPayload {
  @Field(() => ID, { description: 'The global ID the identifier had.' })
  removedId!: string;

  @Field(() => Organization, { description: 'The organization the identifier named.' })
  organization!: Organization;
}

/** The scheme a write names, or BAD_USER_INPUT listing the known ones. */
function schemeOf(code: string, field: string): IdentifierScheme {
  const scheme = identifierScheme(code);
  if (!scheme) throw badUserInput(`Unknown identifier scheme ${JSON.stringify(code)}`, [{ field, message: `one of ${IDENTIFIER_SCHEMES.map((s) => s.code).join(', ')}` }]);
  return scheme;
}

/**
 * Records an identifier of `organization` inside a write: a second one of the same scheme and value for
 * the same organization is the one already there (nothing written); for another organization it is a
 * CONFLICT naming that organization. The unique index decides between racing writes.
 */
export async function recordIdentifier(
  tx: EntityManager,
  audit: AuditRecorder,
  organization: Organization,
  scheme: IdentifierScheme,
  value: string,
  sourceCitations: string[],
  field = 'input.identifier',
): Promise<OrganizationIdentifier> {
  const identifier = normaliseIdentifier(scheme, value);
  if (!identifier) throw badUserInput('The identifier is empty', [{ field, message: 'empty' }]);
  if (scheme.pattern && !scheme.pattern.test(identifier)) throw badUserInput(`Not an identifier of ${scheme.code}`, [{ field, message: `expected ${scheme.shape}` }]);
  const [existing] = await tx.execute<{ id: string; organization_id: string }[]>(
    'select "id", "organization_id" from "organization_identifier" where "scheme" = ? and upper("identifier") = upper(?)',
    [scheme.code, identifier],
  );
  if (existing && existing.organization_id === organization.id) return tx.findOneOrFail(OrganizationIdentifier, existing.id);
  if (existing) {
    const holder = await tx.findOneOrFail(Organization, existing.organization_id);
    throw duplicate(scheme.code, identifier, field, holder.name);
  }
  const created = tx.create(OrganizationIdentifier, { organization, scheme: scheme.code, identifier, sourceCitations });
  audit.created(created);
  return created;
}

/**
 * A registration certificate's number corrected: the NGO's LOCAL-VN-FNGO identifier follows it. The new
 * number is recorded (CONFLICT when another NGO holds it); the old one is removed unless another
 * certificate of the same NGO still has it.
 */
export async function followRegistrationNumber(tx: EntityManager, audit: AuditRecorder, organization: Organization, registration: Registration, before: string | null | undefined, sourceCitations: string[]): Promise<void> {
  const scheme = FNGO_REGISTRATION_SCHEME;
  const [old, next] = [before, registration.number].map((n) => (n ? normaliseIdentifier(scheme, n) : ''));
  if (old.toUpperCase() === next.toUpperCase()) return;
  if (next) await recordIdentifier(tx, audit, organization, scheme, next, sourceCitations, 'input.number');
  if (!old) return;
  const others = await tx.find(Registration, { organization: organization.id, id: { $ne: registration.id } });
  if (others.some((r) => r.number && normaliseIdentifier(scheme, r.number).toUpperCase() === old.toUpperCase())) return;
  const [row] = await tx.execute<{ id: string }[]>('select "id" from "organization_identifier" where "organization_id" = ? and "scheme" = ? and upper("identifier") = upper(?)', [organization.id, scheme.code, old]);
  if (!row) return;
  const identifier = await tx.findOneOrFail(OrganizationIdentifier, row.id);
  audit.deleting(identifier);
  tx.remove(identifier);
}

const duplicate = (scheme: string, identifier: string, field: string, holder?: string) =>
  new AppError(ErrorCode.CONFLICT, `${scheme} ${identifier} already identifies ${holder ? JSON.stringify(holder) : 'another organization'}: an identifier names one organization in its scheme`, { fields: [{ field, message: 'already recorded' }] });

@Resolver()
export class OrganizationIdentifierMutations {
  @Authorized('SECRETARIAT')
  @Mutation(() => AddOrganizationIdentifierPayload, { description: 'Record an identifier of an organization in a scheme (secretariat only). One that another organization holds in the scheme is refused with CONFLICT; the same one again changes nothing. An unknown scheme, or an identifier empty or not of the scheme’s shape, is BAD_USER_INPUT; an unknown organization NOT_FOUND.' })
  async addOrganizationIdentifier(@Arg('input', () => AddOrganizationIdentifierInput, { description: 'The organization, the scheme, the identifier and where it is published.' }) input: AddOrganizationIdentifierInput, @Ctx() ctx: Context): Promise<AddOrganizationIdentifierPayload> {
    try {
      return await write(ctx, async (tx, audit) => {
        const scheme = schemeOf(input.scheme, 'input.scheme');
        const organization = await load(tx, Organization, input.organizationId, 'input.organizationId');
        const source = input.source?.trim();
        const identifier = await recordIdentifier(tx, audit, organization, scheme, input.identifier, [...(source ? [source] : []), ...enteredBy(ctx)]);
        return Object.assign(new AddOrganizationIdentifierPayload(), { identifier, organization });
      });
    } catch (error) {
      // Two writes racing for one identifier: the unique index refused the second.
      if (violatedConstraint(error) === UNIQUE) throw withCause(duplicate(input.scheme.trim().toUpperCase(), input.identifier.trim(), 'input.identifier'), error);
      throw error;
    }
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => RemoveOrganizationIdentifierPayload, { description: 'Remove an identifier of an organization (secretariat only), with the version you read. A stale version is CONFLICT, an unknown identifier NOT_FOUND.' })
  removeOrganizationIdentifier(@Arg('input', () => RemoveOrganizationIdentifierInput, { description: 'The identifier and the version you read.' }) input: RemoveOrganizationIdentifierInput, @Ctx() ctx: Context): Promise<RemoveOrganizationIdentifierPayload> {
    return write(ctx, async (tx, audit) => {
      const row = await load(tx, OrganizationIdentifier, input.id, 'input.id');
      assertVersion(row, input.version);
      const organization = await tx.findOneOrFail(Organization, row.organization.id);
      audit.deleting(row);
      tx.remove(row);
      return Object.assign(new RemoveOrganizationIdentifierPayload(), { removedId: row.globalId, organization });
    });
  }
}
