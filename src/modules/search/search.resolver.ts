import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { paged, SCAN } from '../../graphql/prices.js';
import { search } from './search.service.js';
import { SearchArgs, SearchResultConnection } from './search.types.js';

@Resolver()
export class SearchResolver {
  // Each type searched ranks every matching name by trigram similarity before the page is cut.
  @Query(() => SearchResultConnection, {
    complexity: (e) => paged(e) + SCAN * (e.args.types?.length || 4),
    description:
      'One search box over organizations, foreign NGOs, persons and events, as GitHub’s `search`: every word of `query` must occur in a name or title (case and diacritics ignored), the most similar first (ties by type, then id). Forward paging (`first`, `after`); a cursor belongs to its query. Select each result’s fields with `... on Person { fullName }` or `... on Organization { name }`.',
  })
  search(@Args() args: SearchArgs, @Ctx() ctx: Context): Promise<SearchResultConnection> {
    return search(ctx, args);
  }
}
