import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../errors/errors.js';
import type { Change } from './change.js';

/**
 * Where writes announce their changes and subscriptions hear them. `write()` calls both hooks: each bus
 * uses the one that delivers a change exactly when its transaction commits, never when it rolls back.
 */
export interface ChangeBus {
  /** Inside the write's transaction, once its audit entries are written. */
  inTransaction(tx: EntityManager, changes: readonly Change[]): Promise<void>;
  /** After the write's transaction committed. Never throws: the write is done whatever happens here. */
  afterCommit(changes: readonly Change[]): void;
  /** The changes `accept` lets through, from every instance on the bus, from now on. */
  subscribe(accept: (change: Change) => boolean): ChangeStream;
  close(): Promise<void>;
}

/**
 * Changes waiting for one subscriber that reads too slowly: past this many its subscription ends with an
 * error (subscribe again, and refetch what the screen shows), rather than the server holding them all.
 */
export const MAX_PENDING_CHANGES = 1000;

/**
 * One subscriber's changes as an async iterator. `return()` detaches it at once, also while a `next()`
 * is waiting (an async generator would wait for the next change before it could finish).
 */
export class ChangeStream implements AsyncIterableIterator<Change> {
  private readonly queue: Change[] = [];
  private waiting: ((result: IteratorResult<Change>) => void) | undefined;
  private failWaiting: ((error: Error) => void) | undefined;
  private failure: Error | undefined;
  private ended = false;

  constructor(private readonly detach: () => void) {}

  /** Hands a change to the subscriber (the bus calls this). */
  push(change: Change): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = undefined;
      return resolve({ value: change, done: false });
    }
    if (this.queue.length >= MAX_PENDING_CHANGES) {
      return this.fail(new AppError(ErrorCode.SERVICE_UNAVAILABLE, `More than ${MAX_PENDING_CHANGES} changes waited for this subscriber: subscribe again and refetch`));
    }
    this.queue.push(change);
  }

  /** Ends the stream with an error once the changes already queued are read. */
  fail(error: Error): void {
    if (this.ended || this.failure) return;
    this.failure = error;
    this.detach();
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = this.failWaiting = undefined;
      this.ended = true;
      reject(error);
    }
  }

  next(): Promise<IteratorResult<Change>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.failure && !this.ended) {
      this.ended = true;
      return Promise.reject(this.failure);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<Change>> {
    if (!this.ended) {
      this.ended = true;
      this.queue.length = 0;
      this.detach();
      this.waiting?.({ value: undefined, done: true });
      this.waiting = this.failWaiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Change> {
    return this;
  }
}

/** The subscribers of one instance, each with its filter. */
export class Subscribers {
  private readonly streams = new Map<ChangeStream, (change: Change) => boolean>();

  get size(): number {
    return this.streams.size;
  }

  add(accept: (change: Change) => boolean): ChangeStream {
    const stream = new ChangeStream(() => this.streams.delete(stream));
    this.streams.set(stream, accept);
    return stream;
  }

  deliver(change: Change): void {
    for (const [stream, accept] of this.streams) if (accept(change)) stream.push(change);
  }

  /** Ends every subscription with `error` (the bus is closing or has lost changes). */
  failAll(error: Error): void {
    for (const stream of [...this.streams.keys()]) stream.fail(error);
  }
}

/**
 * The bus of one process: the embedded engine serves one instance, so its subscribers are all here.
 * Changes are delivered after the commit, in the order writes committed.
 */
export function localChangeBus(): ChangeBus {
  const subscribers = new Subscribers();
  return {
    inTransaction: async () => undefined,
    afterCommit(changes) {
      for (const change of changes) subscribers.deliver(change);
    },
    subscribe: (accept) => subscribers.add(accept),
    async close() {
      subscribers.failAll(new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The server is shutting down; subscribe again'));
    },
  };
}
