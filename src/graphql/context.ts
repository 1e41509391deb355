import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import type { Logger } from '../log/logger.js';
import { Loaders } from './loaders.js';

export interface Context {
  /** This request's own identity map: a fork, never the global EntityManager. */
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /** Counts a write against the caller's rate limit; throws RATE_LIMITED past it. */
  limitWrites: (subject: string) => Promise<void>;
}

export function createContext(orm: MikroORM, viewer: Viewer, requestId: string, logger: Logger, limitWrites: Context['limitWrites']): Context {
  const em = orm.em.fork();
  return { em, loaders: new Loaders(em), viewer, requestId, logger, limitWrites };
}
