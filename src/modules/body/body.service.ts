import type { Context } from '../../graphql/context.js';
import { pageRequest, type ConnectionArgs } from '../../relay/connection.js';
import { groupedPages, type Sort } from '../../relay/grouped-page.js';
import { Body } from './body.entity.js';

/** By kind, in the order BodyKind declares them (congress presidium, executive committee, ...). */
const BY_KIND = { sql: 't.kind', direction: 'asc' } as const;

const BODY_PARENTS: Record<'organization' | 'congress', { parent: string; sort: Sort }> = {
  // Newest term first (a body whose term is not known first, as it is most likely the current one), then by kind.
  organization: { parent: 't.organization_id', sort: [{ sql: `coalesce(t.term_start_start, '9999-12-31'::date)`, direction: 'desc' }, BY_KIND] },
  congress: { parent: 't.congress_id', sort: BY_KIND },
};

/** The bodies of many organizations (every term) or congresses (those it elected), one page each in one statement. */
export function bodyPages(ctx: Context, via: keyof typeof BODY_PARENTS, args: ConnectionArgs) {
  return groupedPages(ctx.loaders, { name: `bodies:${via}`, entity: Body, ...BODY_PARENTS[via], page: pageRequest(args) });
}
