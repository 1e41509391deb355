import type { Context } from '../../graphql/context.js';
import { pageRequest, type ConnectionArgs } from '../../relay/connection.js';
import { groupedPages } from '../../relay/grouped-page.js';
import { Congress } from './congress.entity.js';

/** The congresses of many organizations, newest first, one page each in one statement. */
export function congressPages(ctx: Context, args: ConnectionArgs) {
  return groupedPages(ctx.loaders, {
    name: 'congresses:organization',
    entity: Congress,
    parent: 't.organization_id',
    sort: { sql: 't.held_on_start', direction: 'desc' },
    page: pageRequest(args),
  });
}
