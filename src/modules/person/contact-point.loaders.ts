import { contactPointsVisibleTo, maySeeContactPoint, type ContactVisibility } from '../../auth/policy.js';
import type { Context } from '../../graphql/context.js';
import { defineLoader, grouped, type LoaderFactory } from '../../graphql/loaders.js';
import type { Viewer } from '../../auth/viewer.js';
import { ContactPoint } from './contact-point.entity.js';

/**
 * The contact points of any number of persons that the viewer may see, in one statement (the owning
 * organization joined in, for `recordedBy`), oldest first, emails before phones entered together. The
 * SQL keeps only the owners the viewer sees, and each row is checked again against the same rule.
 */
function contactPointsLoader(viewer: Viewer, visibility: ContactVisibility): LoaderFactory<string, ContactPoint[]> {
  return defineLoader<string, ContactPoint[]>(async (em, personIds) => {
    const rows = await em.find(
      ContactPoint,
      { person: { $in: [...personIds] }, ...(visibility.all ? {} : { organization: { $in: [...visibility.recordedBy] } }) },
      { populate: ['organization'], strategy: 'joined', orderBy: { createdAt: 'asc', kind: 'asc', id: 'asc' } },
    );
    const visible = rows.filter((row) => maySeeContactPoint(viewer, row.organization?.id ?? null));
    return grouped(personIds, visible, (row) => row.person.id);
  });
}

/** What the viewer may see of a person's contact points; the public costs no statement. */
export function visibleContactPoints(ctx: Context, personId: string): Promise<ContactPoint[]> {
  const visibility = contactPointsVisibleTo(ctx.viewer);
  if (!visibility.all && visibility.recordedBy.length === 0) return Promise.resolve([]);
  const key = visibility.all ? 'contact-points:all' : `contact-points:${visibility.recordedBy.join(',')}`;
  return ctx.loaders.keyed(key, contactPointsLoader(ctx.viewer, visibility)).load(personId);
}
