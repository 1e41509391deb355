import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PASSWORD_MAX_LENGTH, verifyPassword } from '../../auth/passwords.js';
import { AppError, badRequest, ErrorCode, forbidden } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { ViewerInfo } from '../organization/viewer.resolver.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from './account.entity.js';
import { AccountRole } from './account.enums.js';
import { createAccount, normaliseUsername, updateAccount } from './account.service.js';

@InputType({ description: 'A username and password to sign in to the web app with.' })
export class SignInInput {
  @Field({ description: 'The account’s username (letter case and surrounding spaces ignored).' })
  @MaxLength(64)
  username!: string;

  @Field({ description: 'The account’s password.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@ObjectType({ description: 'What signing in gave: who the API now takes you to be on this browser.' })
export class SignInPayload {
  @Field(() => ViewerInfo, { description: 'The signed-in person’s role, subject (the username) and organization.' })
  viewer!: ViewerInfo;
}

@ObjectType({ description: 'What signing out did.' })
export class SignOutPayload {
  @Field({ description: 'Always true: this browser’s session (if any) is ended and its cookie cleared.' })
  signedOut!: boolean;
}

@InputType({ description: 'A new account for a person, created by the secretariat.' })
export class CreateAccountInput {
  @Field({ description: 'What the person signs in with: 3 to 64 lowercase letters, digits, dots, hyphens or underscores (given in capitals, it is lowercased). The audit trail records it as the author of their writes.' })
  @MaxLength(64)
  username!: string;

  @Field({ description: 'The person’s name as the app shows it (Nguyễn Văn A).' })
  @MaxLength(200)
  displayName!: string;

  @Field({ description: 'A first password, at least 12 characters, handed to the person (the secretariat may set a new one with updateAccount).' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Field(() => AccountRole, { description: 'What the person may do once signed in.' })
  role!: AccountRole;

  @Field(() => ID, { nullable: true, description: 'The organization a READER or an ASSOCIATION_EDITOR belongs to (required for them; none for SECRETARIAT).' })
  @IsOptional()
  organizationId?: string | null;
}

@InputType({ description: 'Changes to an account, with the version you read; fields left out stay as they are.' })
export class UpdateAccountInput {
  @Field(() => ID, { description: 'The account to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read (a stale one gets CONFLICT).' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'A new display name.' })
  @IsOptional()
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => AccountRole, { nullable: true, description: 'A new role (ends the account’s sessions).' })
  @IsOptional()
  role?: AccountRole | null;

  @Field(() => ID, { nullable: true, description: 'A new organization (ends the account’s sessions); null with role SECRETARIAT.' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True disables the account (it can no longer sign in, and its sessions end); false enables it again.' })
  @IsOptional()
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A new password, at least 12 characters (ends the account’s sessions).' })
  @IsOptional()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string | null;
}

@ObjectType({ description: 'The account a mutation created or changed.' })
export class AccountPayload {
  @Field(() => Account, { description: 'The account as written.' })
  account!: Account;
}

/** The same answer for an unknown username, a disabled account and a wrong password: none says which. */
const wrongCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'The username or the password is wrong');

@Resolver()
export class AccountMutations {
  @Mutation(() => SignInPayload, {
    description:
      'Signs a person in to the web app: sets an HttpOnly, SameSite=Strict session cookie (Secure over HTTPS) that later requests from this server’s pages carry instead of a bearer token. Only from this server’s own pages (Origin). A wrong username or password gets UNAUTHENTICATED; after repeated failures, RATE_LIMITED with Retry-After.',
  })
  async signIn(@Arg('input', () => SignInInput, { description: 'The username and password.' }) input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    const gate = ctx.session;
    if (!gate) throw badRequest('Sign in over HTTP (POST /graphql); subscriptions take bearer tokens');
    if (!gate.sameOrigin) throw forbidden('Sign in from this server’s own pages: the request’s Origin is not this server');
    const username = normaliseUsername(input.username);
    await gate.attempts.check(username, gate.clientAddress);
    const account = await ctx.em.findOne(Account, { username }, { populate: ['passwordHash'] });
    const usable = account && !account.disabled ? account : null;
    if (!(await verifyPassword(usable?.passwordHash, input.password)) || !usable) {
      await gate.attempts.failed(username, gate.clientAddress);
      throw wrongCredentials();
    }
    await gate.attempts.succeeded(username, gate.clientAddress);
    await gate.start(usable.id);
    const organizationId = usable.organization?.id;
    return Object.assign(new SignInPayload(), {
      viewer: Object.assign(new ViewerInfo(), {
        role: usable.role,
        subject: usable.username,
        organization: organizationId ? ctx.loaders.byId(Organization).load(organizationId) : null,
      }),
    });
  }

  @Mutation(() => SignOutPayload, { description: 'Signs this browser out: its session ends (in the database, not only the cookie) and its cookie is cleared.' })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    if (!ctx.session) throw badRequest('Sign out over HTTP (POST /graphql)');
    await ctx.session.end();
    return Object.assign(new SignOutPayload(), { signedOut: true });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => AccountPayload, { description: 'Creates an account for a person (the secretariat only): a role and, but for SECRETARIAT, an organization. The password is stored as an argon2id hash; the audit trail records the account without it.' })
  async createAccount(@Arg('input', () => CreateAccountInput, { description: 'The new account.' }) input: CreateAccountInput, @Ctx() ctx: Context): Promise<AccountPayload> {
    return Object.assign(new AccountPayload(), { account: await createAccount(ctx, input) });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => AccountPayload, { description: 'Changes an account (the secretariat only): name, role, organization, a new password, or disabled. A new password, role or organization, or disabling, ends its sessions.' })
  async updateAccount(@Arg('input', () => UpdateAccountInput, { description: 'The account and what changes.' }) input: UpdateAccountInput, @Ctx() ctx: Context): Promise<AccountPayload> {
    return Object.assign(new AccountPayload(), { account: await updateAccount(ctx, input) });
  }
}
