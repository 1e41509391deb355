import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { atLeastOne, list, paged, pagedBy, SCAN, UNPAGED_ROWS } from '../../graphql/prices.js';
import { renamedArgument } from '../../graphql/renamed.js';
import { ConnectionArgs, MAX_PAGE_SIZE, notPaged } from '../../relay/connection.js';
import { DateScalar } from '../../graphql/scalars.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { isoDate, today } from '../../relay/temporal.js';
import { certaintyOn, earlier, HoldingCertainty, lastAttested, later, lessSure, surer } from '../membership/membership.certainty.js';
import { Organization } from '../organization/organization.entity.js';
import {
  MissingPartnerConnection, NetworkSummary, PartnerSuggestionConnection, PartnershipYearCount, SharedPartner, SharedPartnerConnection, SUGGESTION_PAGE,
  missingPartners, networkSummaries, partnershipYearCounts, sharedPartners, suggestionPages,
} from './network.insights.js';
import { neighbourhood, nodeKey, shortestPaths } from './network.service.js';
import { postsOfEdge, supersededFrom, type EdgeTies } from './network.loaders.js';
import { ConnectionPaths, DEFAULT_EDGE_KINDS, NetworkEdge, NetworkEdgeKind, NetworkGraph } from './network.types.js';

const edgeOptions = (kinds: NetworkEdgeKind[] | undefined, includeLapsed: boolean) => ({ kinds: new Set(kinds?.length ? kinds : DEFAULT_EDGE_KINDS), includeLapsed });

/** A neighbourhood's node limit, refused outside 1–1000 like every other bounded argument. */
function nodeLimit(limit: number): number {
  if (limit < 1 || limit > 1000) throw badUserInput('limit must be between 1 and 1000', [{ field: 'limit', message: 'between 1 and 1000' }]);
  return limit;
}

@Resolver()
export class NetworkResolver {
  @Query(() => NetworkGraph, {
    // A statement per hop over a frontier of up to `limit` nodes; up to `limit` nodes (and 3 edges each) back.
    complexity: ({ args, childComplexity }) => 100 * atLeastOne(args.hops) + list(Math.min(atLeastOne(args.limit), 1000), childComplexity),
    description: 'The organizations and persons within `hops` (1–3) of an organization or person, with the edges that connect them, ready for a graph view. Computed in PostgreSQL one hop at a time; at most `limit` nodes.',
  })
  neighbourhood(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'An Organization or a Person.' }) id: string,
    @Arg('hops', () => Int, { defaultValue: 2, description: 'How far to reach, in hops from `id` (1–3, default 2; else BAD_USER_INPUT).' }) hops: number,
    @Arg('edgeKinds', () => [NetworkEdgeKind], { nullable: true, description: 'Default: PARTNERSHIP, SHARED_PERSON, SHARED_EVENT, PARENT.' }) edgeKinds: NetworkEdgeKind[] | undefined,
    @Arg('includeLapsed', () => Boolean, { defaultValue: false, description: 'Follow lapsed partnerships too.' }) includeLapsed: boolean,
    @Arg('limit', () => Int, { defaultValue: 200, description: 'At most this many nodes (default 200; 1–1000, else BAD_USER_INPUT).' }) limit: number,
  ): Promise<NetworkGraph> {
    return neighbourhood(ctx, nodeKey(id, 'id'), hops, edgeOptions(edgeKinds, includeLapsed), nodeLimit(limit));
  }

  // A statement per hop from both ends; up to k paths of up to maxHops steps back.
  @Query(() => ConnectionPaths, { complexity: ({ args, childComplexity }) => 50 * atLeastOne(args.maxHops) + list(atLeastOne(args.k) * atLeastOne(args.maxHops), childComplexity), description: 'The shortest connections (up to k) between two organizations or persons, each hop explained. No connection within maxHops is an answer, not an error.' })
  connectionPaths(
    @Ctx() ctx: Context,
    @Arg('fromId', () => ID, { nullable: true, description: 'Where the paths start: an Organization or a Person. Required (unless the deprecated `from` is given).' }) fromId: string | undefined,
    @Arg('toId', () => ID, { nullable: true, description: 'Where the paths end: an Organization or a Person. Required (unless the deprecated `to` is given).' }) toId: string | undefined,
    @Arg('from', () => ID, { nullable: true, description: 'The former name of `fromId`.', deprecationReason: 'Use `fromId`: `from` is a date everywhere else.' }) from: string | undefined,
    @Arg('to', () => ID, { nullable: true, description: 'The former name of `toId`.', deprecationReason: 'Use `toId`: `to` is a date everywhere else.' }) to: string | undefined,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: 'The longest path to look for, in hops (1–6, default 4; else BAD_USER_INPUT).' }) maxHops: number,
    @Arg('k', () => Int, { defaultValue: 3, description: 'At most this many paths (1–10, default 3; else BAD_USER_INPUT).' }) k: number,
    @Arg('edgeKinds', () => [NetworkEdgeKind], { nullable: true, description: 'Default: PARTNERSHIP, SHARED_PERSON, SHARED_EVENT, PARENT, and MEMBER_OF only when nothing else connects the two. Given kinds are followed as given.' }) edgeKinds: NetworkEdgeKind[] | undefined,
    @Arg('includeLapsed', () => Boolean, { defaultValue: false, description: 'Follow lapsed partnerships too (default false).' }) includeLapsed: boolean,
  ): Promise<ConnectionPaths> {
    const start = renamedArgument({ name: 'fromId', value: fromId }, { name: 'from', value: from });
    const end = renamedArgument({ name: 'toId', value: toId }, { name: 'to', value: to });
    return shortestPaths(ctx, nodeKey(start.value, start.name), nodeKey(end.value, end.name), maxHops, k, { ...edgeOptions(edgeKinds, includeLapsed), weakFallback: !edgeKinds?.length });
  }

  @Query(() => SharedPartnerConnection, { complexity: (e) => 20 + paged(e), description: 'Partners (organizations or persons) that two organizations both have, in prospect or active partnerships, latest partnership of `of` first. `missingPartners` gives what one has and the other lacks.' })
  async partnersInCommon(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('of', () => ID, { description: 'One organization.' }) of: string,
    @Arg('comparedWith', () => ID, { description: 'The other organization.' }) comparedWith: string,
  ): Promise<SharedPartnerConnection> {
    return SharedPartnerConnection.ofPage(await sharedPartners(ctx, expectGlobalId(of, 'Organization', 'of'), expectGlobalId(comparedWith, 'Organization', 'comparedWith'), args));
  }

  @Query(() => [SharedPartner], {
    complexity: ({ childComplexity }) => 20 + list(UNPAGED_ROWS, childComplexity),
    deprecationReason: 'Use `partnersInCommon(of:, comparedWith:)`, a connection: here `first` is an organization, where everywhere else it is the page size.',
    description: `Partners that two organizations both have: \`partnersInCommon\` under its old name and arguments (\`first\`: one organization, \`second\`: the other), the first ${MAX_PAGE_SIZE} of them. ${notPaged('deprecated, kept as it was for the clients written against it; `partnersInCommon` pages the same list')}`,
  })
  async sharedPartners(@Ctx() ctx: Context, @Arg('first', () => ID, { description: 'One organization (`of` in partnersInCommon).' }) first: string, @Arg('second', () => ID, { description: 'The other organization (`comparedWith` in partnersInCommon).' }) second: string): Promise<SharedPartner[]> {
    const page = await sharedPartners(ctx, expectGlobalId(first, 'Organization', 'first'), expectGlobalId(second, 'Organization', 'second'), { first: MAX_PAGE_SIZE });
    return page.edges.map((edge) => edge.node);
  }

  @Query(() => MissingPartnerConnection, { complexity: (e) => 20 + paged(e), description: 'Partners (organizations or persons) that `comparedWith` has in prospect or active partnerships and `of` has not: what a sister association could bring, latest partnership first. `partnersInCommon` gives the overlap.' })
  async missingPartners(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('of', () => ID, { description: 'The organization that lacks the partners.' }) of: string, @Arg('comparedWith', () => ID, { description: 'The organization whose partners are looked through.' }) comparedWith: string): Promise<MissingPartnerConnection> {
    return MissingPartnerConnection.ofPage(await missingPartners(ctx, expectGlobalId(of, 'Organization', 'of'), expectGlobalId(comparedWith, 'Organization', 'comparedWith'), args));
  }

  // One aggregate over every partnership; a row per year and kind of partner.
  @Query(() => [PartnershipYearCount], { complexity: ({ childComplexity }) => 2 * SCAN + list(UNPAGED_ROWS, childComplexity), description: `Union-wide partnerships by the year they started and the kind of partner: how the “new partners” grow. ${notPaged('one row per year and kind of partner')}` })
  partnershipGrowth(@Ctx() ctx: Context, @Arg('includeSynthetic', () => Boolean, { defaultValue: false, description: 'Count the partnerships of the synthetic benchmark network too (default false).' }) includeSynthetic: boolean): Promise<PartnershipYearCount[]> {
    return partnershipYearCounts(ctx, includeSynthetic);
  }
}

@Resolver(() => Organization)
export class OrganizationNetworkResolver {
  // Scores every peer (shared people, sectors, countries, province) and their partners, for each organization asked about.
  @FieldResolver(() => PartnerSuggestionConnection, { complexity: (e) => 200 + pagedBy(SUGGESTION_PAGE)(e), description: `Partners of similar organizations (shared partners, shared people, sectors, counterpart country, province) that this one does not have yet, best first, each with its reasons; ${SUGGESTION_PAGE} a page unless \`first\` or \`last\` says otherwise.` })
  async partnerSuggestions(@Root() organization: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<PartnerSuggestionConnection> {
    return PartnerSuggestionConnection.ofPage(await suggestionPages(ctx, args).load(organization.id));
  }

  // Three grouped statements per batch of organizations.
  @FieldResolver(() => NetworkSummary, { complexity: ({ childComplexity }) => 10 + childComplexity, description: 'Degree and active partnerships by partner kind and sector.' })
  networkSummary(@Root() organization: Organization, @Ctx() ctx: Context): Promise<NetworkSummary> {
    return ctx.loaders.use(networkSummaries).load(organization.id);
  }
}

/**
 * How sure an edge made of posts is, with the rules of Membership.certainty: a side (the person's posts in
 * one organization) is as sure as its surest post; a tie (a shared person) as its less sure side; the
 * edge as its surest tie.
 */
function edgeCertainty(ties: EdgeTies, day: string): HoldingCertainty | null {
  const side = (posts: EdgeTies[number][number]) => posts.map((m) => certaintyOn(m, day, supersededFrom.get(m))).reduce(surer, null);
  return ties.map((sides) => sides.map(side).reduce((a, b) => lessSure(a, b))).reduce(surer, null);
}

/** The latest date a source shows the whole tie: for a shared person, the earlier of the latest in each organization. */
function edgeLastAttested(ties: EdgeTies): PartialDate | null {
  const side = (posts: EdgeTies[number][number]) => posts.map(lastAttested).reduce(later, null);
  return ties.map((sides) => sides.map(side).reduce((a, b) => earlier(a, b))).reduce(later, null);
}

@Resolver(() => NetworkEdge)
export class NetworkEdgeResolver {
  // One statement for every post edge of the answer, only when asked for.
  @FieldResolver(() => HoldingCertainty, {
    nullable: true,
    description:
      'For an edge made of posts (POST, SHARED_PERSON): how sure it is that they are held on `asOf` (default today), as Membership.certainty says of each post (a post superseded by a later holder of its seat is not held). A person’s posts in one organization count as their surest; a shared person as the less sure of their two organizations; the edge as its surest person. Null for the other kinds, and when no post of the edge is held that day (a former post: see lastAttested).',
  })
  async certainty(@Root() edge: NetworkEdge, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day asked about (default today).' }) asOf?: Date | string): Promise<HoldingCertainty | null> {
    const ties = await postsOfEdge(ctx, edge);
    return ties ? edgeCertainty(ties, asOf ? isoDate(asOf) : today()) : null;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description:
      'For an edge made of posts: the latest date a source shows it (Membership.lastAttested; for a shared person, the earlier of their latest dates in the two organizations). Null for the other kinds, or when no post of it has a date.',
  })
  async lastAttested(@Root() edge: NetworkEdge, @Ctx() ctx: Context): Promise<PartialDate | null> {
    const ties = await postsOfEdge(ctx, edge);
    return ties ? edgeLastAttested(ties) : null;
  }
}
