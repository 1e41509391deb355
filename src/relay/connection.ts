import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../errors/errors.js';

export const DEFAULT_PAGE_SIZE = 20;

/** The hard cap on a page, set once at start-up from the configuration (MAX_PAGE_SIZE). */
export let MAX_PAGE_SIZE = 100;
export function setMaxPageSize(size: number): void {
  MAX_PAGE_SIZE = size;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Items after `after`; at most the page cap (100 by default).' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Items before `before`; at most the page cap (100 by default).' })
  last?: number;

  @Field(() => String, { nullable: true })
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
  @ObjectType(`${name}Edge`)
  class DefaultEdge implements EdgeShape<T> {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(node)
    node!: T;
  }
  const Edge = edge ?? DefaultEdge;

  @ObjectType(`${name}Connection`)
  class Connection extends ConnectionBase<T> {
    @Field(() => [Edge])
    declare edges: EdgeShape<T>[];

    @Field(() => [node()], { description: 'The nodes of `edges`, in the same order, for a client that needs no cursor per item.' })
    get nodes(): unknown[] {
      return this.edges.map((edge) => edge.node);
    }

    @Field(() => PageInfo)
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
