import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { maySeePrivateContacts } from '../../auth/policy.js';
import type { Context } from '../../graphql/context.js';
import { defineLoader } from '../../graphql/loaders.js';
import { EmailAddressScalar } from '../../graphql/scalars.js';
import { Person } from './person.entity.js';

/** The organizations each person holds (or held) a post in: what decides who sees their contacts. */
const organizationsOfPersons = defineLoader<string, string[]>(async (em, ids) => {
  const rows = await em.execute<{ person_id: string; organization_id: string }[]>(
    `select distinct person_id, organization_id from membership where person_id in (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  return ids.map((id) => rows.filter((r) => r.person_id === id).map((r) => r.organization_id));
});

async function visible<T>(ctx: Context, person: Person, value: T | undefined): Promise<T | null> {
  if (value == null) return null;
  if (ctx.viewer.role === 'PUBLIC') return null;
  const organizations = await ctx.loaders.use(organizationsOfPersons).load(person.id);
  return maySeePrivateContacts(ctx.viewer, organizations) ? value : null;
}

@Resolver(() => Person)
export class PersonPrivateFieldsResolver {
  @FieldResolver(() => EmailAddressScalar, { nullable: true, description: 'Private: null unless the caller is the secretariat, or a reader/editor of an organization the person holds a post in.' })
  email(@Root() person: Person, @Ctx() ctx: Context): Promise<string | null> {
    return visible(ctx, person, person.email);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Private: same rule as `email`.' })
  phone(@Root() person: Person, @Ctx() ctx: Context): Promise<string | null> {
    return visible(ctx, person, person.phone);
  }
}
