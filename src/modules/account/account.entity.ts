import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Authorized, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Organization } from '../organization/organization.entity.js';
import { AccountRole } from './account.enums.js';

/**
 * A person who signs in to the web app: created by the secretariat with a role and, but for the
 * secretariat, an organization. The password is kept only as its argon2id hash (account.passwords.ts),
 * never shown by the API nor written to the audit trail (writes/write.ts leaves `passwordHash` out).
 * Only the secretariat reads accounts.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: 'A person’s account for signing in to the web app (only the secretariat reads accounts).' })
export class Account extends BaseEntity<'disabled' | 'organization' | 'created'> {
  @Authorized('SECRETARIAT')
  @Field({ description: 'The name signed in with: lowercase letters, digits, dots, hyphens and underscores; unique. It is also the subject the audit trail records for this person’s writes.' })
  @Property({ length: 64 })
  @Unique()
  username!: string;

  @Authorized('SECRETARIAT')
  @Field({ description: 'The person’s name as shown in the app (Nguyễn Văn A).' })
  @Property({ length: 200 })
  displayName!: string;

  @Authorized('SECRETARIAT')
  @Field(() => AccountRole, { description: 'What the person may do once signed in.' })
  @Enum({ items: () => AccountRole, nativeEnumName: 'account_role' })
  role!: AccountRole;

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  organization?: Ref<Organization> | null;

  /** `$argon2id$v=19$m=…,t=…,p=…$salt$hash` (PHC string form). */
  @Property({ length: 200, lazy: true })
  passwordHash!: string;

  @Authorized('SECRETARIAT')
  @Field({ description: 'A disabled account cannot sign in, and its sessions end.' })
  @Property({ default: false })
  disabled: boolean = false;

  @Authorized('SECRETARIAT')
  @Field(() => DateTimeScalar, { description: 'When the secretariat created the account.' })
  get created(): Date {
    return this.createdAt;
  }
}

/**
 * A signed-in browser: the SHA-256 of the random token its cookie holds (a copy of this table does not
 * let anyone sign in), whose account, and until when. Read on every cookie-authenticated request
 * (src/auth/sessions.ts), deleted on sign-out.
 */
@Entity()
export class Session {
  @PrimaryKey({ length: 64 })
  tokenHash!: string;

  @ManyToOne(() => Account, { ref: true, index: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Index()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
