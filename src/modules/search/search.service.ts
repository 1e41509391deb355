import { Params, readSql } from '../../db/read-sql.js';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { PageInfo, pageRequest } from '../../relay/connection.js';
import { cursorParts, encodeCursorParts, UUID } from '../../relay/cursor.js';
import { textMatch } from '../../search/text-match.js';
import { Event } from '../event/event.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { Person } from '../person/person.entity.js';
import { SearchResultConnection, SearchType, type SearchArgs } from './search.types.js';

/** Each type's table, its folded search column, and which rows of the table it takes. */
const SOURCES: Record<SearchType, { table: string; column: string; rows?: string; entity: typeof Organization | typeof Person | typeof Event }> = {
  [SearchType.ORGANIZATION]: { table: 'organization', column: 'search_text', rows: `kind <> '${OrganizationKind.FOREIGN_NGO}'`, entity: Organization },
  [SearchType.FOREIGN_NGO]: { table: 'organization', column: 'search_text', rows: `kind = '${OrganizationKind.FOREIGN_NGO}'`, entity: Organization },
  [SearchType.PERSON]: { table: 'person', column: 'search_name', entity: Person },
  [SearchType.EVENT]: { table: 'event', column: 'search_text', entity: Event },
};
/** Fixed order of the types: ties of relevance are broken by it, then by id, so pages are stable. */
const TYPE_ORDER = Object.values(SearchType);

interface Hit {
  type: SearchType;
  id: string;
  rank: number;
}

/** A search cursor names its query, so a cursor of another search is refused instead of misread. */
const encodeCursor = (query: string, hit: Hit) => encodeCursorParts(['search', query, hit.rank, TYPE_ORDER.indexOf(hit.type), hit.id]);

function decodeCursor(cursor: string, query: string, field: string): { rank: number; order: number; id: string } {
  const [tag, of, rank, order, id] = cursorParts(cursor);
  const valid = tag === 'search' && typeof rank === 'number' && typeof order === 'number' && Number.isInteger(order) && order >= 0 && order < TYPE_ORDER.length && typeof id === 'string' && UUID.test(id);
  if (!valid) throw badUserInput(`${field} is not a valid search cursor`, [{ field, message: 'invalid cursor' }]);
  if (of !== query) throw badUserInput(`${field} is a cursor of another search`, [{ field, message: 'cursor of another search' }]);
  return { rank, order: order as number, id: id as string };
}

/** The rows of one type the query matches, and their relevance, with the values bound in `params`. */
function matching(type: SearchType, args: SearchArgs, params: Params): { where: string; rank: () => string } {
  const { column, rows } = SOURCES[type];
  const match = textMatch(column, args.query, 'query');
  const conditions = [params.fragment(match.condition.sql, match.condition.params)];
  if (rows) conditions.push(rows);
  if (!args.includeSynthetic) conditions.push('not synthetic');
  // the rank's value is bound only where the statement uses it (a count does not)
  return { where: conditions.join(' and '), rank: () => params.fragment(match.rank.sql, match.rank.params) };
}

/**
 * One ranked list over organizations, foreign NGOs, persons and events: every word must occur in the
 * folded name (trigram indexes serve the LIKEs), the most similar first. One statement ranks the page's
 * ids across the tables; the rows are then loaded by id, a statement per type found.
 */
export async function search(ctx: Context, args: SearchArgs): Promise<SearchResultConnection> {
  const page = pageRequest(args);
  if (page.last != null || page.before != null) throw badUserInput('search pages forward only: use `first` and `after`', [{ field: page.last != null ? 'last' : 'before', message: 'search pages forward only' }]);
  const types = [...new Set(args.types?.length ? args.types : TYPE_ORDER)];
  const params = new Params();
  const ranked = types.map((type) => {
    const { where, rank } = matching(type, args, params);
    return `select ${TYPE_ORDER.indexOf(type)} as type_order, id, ${rank()} as rank from "${SOURCES[type].table}" where ${where}`;
  });
  const after = page.after ? decodeCursor(page.after, args.query, 'after') : undefined;
  const keyset = after ? `where rank < ${params.add(after.rank)}::real or (rank = ${params.add(after.rank)}::real and (type_order, id) > (${params.add(after.order)}::int, ${params.add(after.id)}::uuid))` : '';
  const limit = params.add(page.first! + 1);
  const rows = await readSql<{ type_order: number; id: string; rank: number }>(
    ctx.em,
    `select type_order, id, rank from (${ranked.join(' union all ')}) hits ${keyset} order by rank desc, type_order, id limit ${limit}`,
    params.values,
  );
  const hits: Hit[] = rows.slice(0, page.first).map((r) => ({ type: TYPE_ORDER[r.type_order], id: r.id, rank: Number(r.rank) }));
  const nodes = await Promise.all(hits.map((hit) => ctx.loaders.byId(SOURCES[hit.type].entity as typeof Organization).load(hit.id)));
  const edges = hits.map((hit, i) => ({ cursor: encodeCursor(args.query, hit), node: nodes[i] as object })).filter((edge) => edge.node);
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: rows.length > page.first!,
    hasPreviousPage: Boolean(after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  // The total, only when asked: the same matches counted, without the page's cut.
  const count = async () => {
    const counted = new Params();
    const parts = types.map((type) => `select count(*) as n from "${SOURCES[type].table}" where ${matching(type, args, counted).where}`);
    const [{ n }] = await readSql<{ n: string }>(ctx.em, `select sum(n)::int as n from (${parts.join(' union all ')}) counts`, counted.values);
    return Number(n);
  };
  return SearchResultConnection.of(edges, pageInfo, count);
}
