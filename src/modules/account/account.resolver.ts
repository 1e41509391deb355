import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from './account.entity.js';

@Resolver(() => Account)
export class AccountResolver {
  @Authorized('SECRETARIAT')
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization a READER or ASSOCIATION_EDITOR account belongs to; null for SECRETARIAT.' })
  organization(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, account.organization);
  }
}
