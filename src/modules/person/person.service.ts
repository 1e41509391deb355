import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, pageRequest } from '../../relay/connection.js';
import { groupedPages, ROOT } from '../../relay/grouped-page.js';
import { textMatch } from '../../search/text-match.js';
import { Person } from './person.entity.js';
import type { PersonFilter } from './person.inputs.js';
import { PersonConnection } from './person.types.js';

/** Persons by name (in Vietnamese order: the name's sort key), or ranked by relevance to a search. */
export async function listPersons(ctx: Context, args: ConnectionArgs, filter: PersonFilter = {}): Promise<PersonConnection> {
  const match = filter.search != null ? textMatch('t.search_name', filter.search, 'filter.search') : undefined;
  const page = await groupedPages(ctx.loaders, {
    name: 'persons',
    entity: Person,
    parent: null,
    where: filter.includeSynthetic ? {} : { synthetic: false },
    conditions: match ? [match.condition] : [],
    sort: match ? { ...match.rank, direction: 'desc' } : { sql: 't.name_sort', direction: 'asc' },
    page: pageRequest(args),
  }).load(ROOT);
  return PersonConnection.of(page.edges, page.pageInfo, page.count);
}
