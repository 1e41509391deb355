import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { SessionGate } from '../auth/sessions.js';
import type { Viewer } from '../auth/viewer.js';
import type { ChangeBus } from '../live/change-bus.js';
import type { Logger } from '../log/logger.js';
import { callerKey } from './budget.js';
import type { OperationCost } from './cost.js';
import { Deadline } from './deadline.js';
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
  /** Whose point budget the operation spends: the token's subject, else the client's address. */
  caller: string;
  /** Past it, the request's database work is refused with TIMEOUT (the EntityManager carries its signal). */
  deadline: Deadline;
  /** The operation's price and the caller's budget once charged (set by the cost plugin before execution). */
  cost?: OperationCost;
  /** Where writes announce their changes and subscriptions hear them (live/change-bus.ts). */
  changes: ChangeBus;
  /** Signing in and out over HTTP (its cookie); absent on subscriptions, which take bearer tokens only. */
  session?: SessionGate;
}

export interface ContextOptions {
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  limitWrites: Context['limitWrites'];
  changes: ChangeBus;
  /** The client's address (`req.ip`), whose budget a caller without a token spends. */
  clientAddress?: string;
  session?: SessionGate;
}

/** A request's context: an operation over HTTP, or one event of a subscription (each gets fresh loaders). */
export function createContext(orm: MikroORM, { viewer, requestId, logger, limitWrites, changes, clientAddress, session }: ContextOptions): Context {
  const deadline = new Deadline();
  const em = orm.em.fork({ signal: deadline.signal });
  return { em, loaders: new Loaders(em), viewer, requestId, logger, limitWrites, caller: callerKey(viewer, clientAddress), deadline, changes, session };
}
