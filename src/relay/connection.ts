import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../errors/errors.js';

export const DEFAULT_PAGE_SIZE = 20;

/** The hard cap on a page, set once at start-up from the configuration (MAX_PAGE_SIZE). */
export let MAX_PAGE_SIZE = 100;
export function setMaxPageSize(size: number): void {
  MAX_PAGE_SIZE = size;
}

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether items follow this page: pass `endCursor` as `after` to read them.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page: pass `startCursor` as `before` to read them.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the page; null when the page is empty.' })
  endCursor!: string | null;
}

/** A list that pages forward only (its order cannot be read backwards by a keyset: a relevance ranking). */
@ArgsType()
export class ForwardConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Items after `after`: 0 to the page cap (100 by default); 20 when left out.' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Start after this cursor (an `endCursor` or edge `cursor` read from the same list); a malformed cursor is refused with BAD_USER_INPUT.' })
  after?: string;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Items after `after`: 0 to the page cap (100 by default). Left out with `last` left out too, 20 unless the field says otherwise.' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Start after this cursor (an `endCursor` or edge `cursor` read from the same list); a malformed cursor is refused with BAD_USER_INPUT.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Items before `before`; at most the page cap (100 by default).' })
  last?: number;

  @Field(() => String, { nullable: true, description: 'End before this cursor (a `startCursor` or edge `cursor` read from the same list); alone, it pages backwards.' })
  before?: string;
}

export interface PageRequest {
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/**
 * Checks the Relay arguments; with neither `first` nor `last`, the first `defaultSize` items (a list whose
 * `first` was a plain limit before it became a connection keeps that limit's default).
 */
export function pageRequest(args: ConnectionArgs, defaultSize = DEFAULT_PAGE_SIZE): PageRequest {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badUserInput('Pass `first` or `last`, not both', [{ field: 'last', message: 'conflicts with first' }]);
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}`, [{ field: name, message: `must be between 0 and ${MAX_PAGE_SIZE}` }]);
    }
  }
  if (last != null || (before != null && first == null)) return { last: last ?? defaultSize, before: before ?? undefined, after: after ?? undefined };
  return { first: first ?? defaultSize, after: after ?? undefined, before: before ?? undefined };
}

/**
 * The sentence that ends the description of every list left plain (not a connection): why it cannot
 * grow with the directory (test/api/connections.test.ts lists them all).
 */
export const notPaged = (reason: string) => `Not paged: ${reason}.`;

export interface EdgeShape<T> {
  cursor: string;
  node: T;
}

/** Base of every connection: the edges of one page, page info, and a total counted only when asked. */
export abstract class ConnectionBase<T, E extends EdgeShape<T> = EdgeShape<T>> {
  edges!: E[];
  pageInfo!: PageInfo;
  protected count!: () => Promise<number>;

  totalCount(): Promise<number> {
    return this.count();
  }
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a node type. Edge types that carry the relationship's
 * own data (a membership's role and dates) pass their own edge class. Every connection also answers
 * `nodes`, the edges' nodes without the cursors (as GitHub's connections do).
 */
export function ConnectionType<T extends object>(name: string, node: () => ClassType<T> | Function, edge?: ClassType<EdgeShape<T>>) {
  @ObjectType(`${name}Edge`, { description: `One item of a ${name} page, with its cursor.` })
  class DefaultEdge implements EdgeShape<T> {
    @Field({ description: 'Opaque cursor of this edge, to pass as `after` or `before`.' })
    cursor!: string;

    @Field(node, { description: `The ${name} at this edge.` })
    node!: T;
  }
  const Edge = edge ?? DefaultEdge;

  @ObjectType(`${name}Connection`, { description: `A page of a ${name} list (Relay cursor connection), with the total across pages.` })
  class Connection extends ConnectionBase<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors, in the list\'s order.' })
    declare edges: EdgeShape<T>[];

    @Field(() => [node()], { description: 'The nodes of `edges`, in the same order, for a client that needs no cursor per item.' })
    get nodes(): unknown[] {
      return this.edges.map((edge) => edge.node);
    }

    @Field(() => PageInfo, { description: 'Whether more items precede or follow this page, and the cursors to read them.' })
    declare pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    override totalCount(): Promise<number> {
      return this.count();
    }

    static of(edges: EdgeShape<T>[], pageInfo: PageInfo, count: () => Promise<number>): Connection {
      return Object.assign(new Connection(), { edges, pageInfo, count });
    }

    /** The connection of a page built by grouped-page.ts. */
    static ofPage(page: { edges: EdgeShape<T>[]; pageInfo: PageInfo; count: () => Promise<number> }): Connection {
      return Connection.of(page.edges, page.pageInfo, page.count);
    }
  }
  return Connection;
}
