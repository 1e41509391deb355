import type { Context } from '../../graphql/context.js';
import { pageRequest, type ConnectionArgs } from '../../relay/connection.js';
import { groupedPages } from '../../relay/grouped-page.js';
import { AmbassadorPosting } from './ambassador-posting.entity.js';

/** The ambassadors of many countries, latest arrival first (one whose arrival is not known first), one page each. */
export function postingPages(ctx: Context, args: ConnectionArgs) {
  return groupedPages(ctx.loaders, {
    name: 'postings:country',
    entity: AmbassadorPosting,
    parent: 't.country_id',
    sort: { sql: `coalesce(t.arrived_on_start, '9999-12-31'::date)`, direction: 'desc' },
    page: pageRequest(args),
  });
}
