import type { EntityClass } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Router } from 'express';

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
  routes?: (orm: MikroORM) => Router;
}
