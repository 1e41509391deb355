import type { EntityClass } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response, Router } from 'express';
import type { Context } from './graphql/context.js';

/** What the app gives a module's HTTP routes. */
export interface RouteContext {
  /**
   * The request's context, as GraphQL resolvers get it: the caller named by its bearer token or its
   * session cookie (a bad token throws UNAUTHENTICATED, a cookie on a cross-origin POST FORBIDDEN, as
   * on /graphql), a fresh EntityManager and loaders, the write limit.
   */
  contextOf(req: Request, res: Response): Promise<Context>;
}

/**
 * What a domain module adds to the app. Each module under src/modules/ exports one; src/modules.ts lists
 * them, and the plumbing (ORM, schema, HTTP) takes what they add without importing any module.
 */
export interface DomainModule {
  /** MikroORM entities (tables) the module owns. */
  entities?: EntityClass<object>[];
  /** type-graphql resolver classes. */
  resolvers?: Function[];
  /** GraphQL object types no field names directly (the implementations of an interface). */
  types?: Function[];
  /** HTTP routes beside /graphql. */
  routes?: (orm: MikroORM, http: RouteContext) => Router;
}
