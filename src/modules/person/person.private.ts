import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { EmailAddressScalar } from '../../graphql/scalars.js';
import { ContactKind, ContactPoint } from './contact-point.entity.js';
import { visibleContactPoints } from './contact-point.loaders.js';
import { Person } from './person.entity.js';
import { notPaged } from '../../relay/connection.js';

async function first(ctx: Context, person: Person, kind: ContactKind): Promise<string | null> {
  const points = await visibleContactPoints(ctx, person.id);
  return points.find((point) => point.kind === kind)?.value ?? null;
}

/** Private contact details: who sees which is decided in auth/policy.ts (`contactPointsVisibleTo`). */
@Resolver(() => Person)
export class PersonPrivateFieldsResolver {
  @FieldResolver(() => [ContactPoint], {
    description:
      `Private: the contact points of the person that the caller may see — all of them for the secretariat; for a reader or editor, those its own organization recorded; none for the public. Oldest first. ${notPaged('a person’s own few addresses and numbers')}`,
  })
  contactPoints(@Root() person: Person, @Ctx() ctx: Context): Promise<ContactPoint[]> {
    return visibleContactPoints(ctx, person.id);
  }

  @FieldResolver(() => EmailAddressScalar, { nullable: true, description: 'Private: the oldest EMAIL among the `contactPoints` the caller may see; null when there is none.' })
  email(@Root() person: Person, @Ctx() ctx: Context): Promise<string | null> {
    return first(ctx, person, ContactKind.EMAIL);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Private: the oldest PHONE among the `contactPoints` the caller may see; null when there is none.' })
  phone(@Root() person: Person, @Ctx() ctx: Context): Promise<string | null> {
    return first(ctx, person, ContactKind.PHONE);
  }
}
