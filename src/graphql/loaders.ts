import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import type { AnyNode } from '../db/base.entity.js';
import { rowsById } from '../db/rows.js';

/**
 * Decides when the request's DataLoaders dispatch: only when none of its batches is still running,
 * and after the current turn of the event loop. Loads made while a level of the result resolves,
 * along whatever path they come, then share one statement: the number of statements follows the
 * operation's shape (its levels), not the size of the data or the timing of the database.
 */
export class BatchScheduler {
  private readonly queue: (() => void)[] = [];
  private running = 0;
  private armed = false;

  readonly schedule = (dispatch: () => void): void => {
    this.queue.push(dispatch);
    this.arm();
  };

  /** Wraps a batch function so the scheduler knows when the database work of a batch is over. */
  track<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    return work().finally(() => {
      this.running--;
      this.arm();
    });
  }

  private arm(): void {
    if (this.armed || this.running > 0 || this.queue.length === 0) return;
    this.armed = true;
    setImmediate(() => {
      this.armed = false;
      if (this.running > 0) return;
      for (const dispatch of this.queue.splice(0)) dispatch();
    });
  }

  options(): { batchScheduleFn: (dispatch: () => void) => void; maxBatchSize: number } {
    return { batchScheduleFn: this.schedule, maxBatchSize: 5000 };
  }
}

/** Builds one DataLoader for one request; modules declare these next to their resolvers. */
export type LoaderFactory<K, V> = (em: EntityManager, scheduler: BatchScheduler) => DataLoader<K, V, string>;

export function defineLoader<K, V>(
  batch: (em: EntityManager, keys: readonly K[]) => Promise<ArrayLike<V | Error>>,
  options: { cacheKey?: (key: K) => string } = {},
): LoaderFactory<K, V> {
  const cacheKeyFn = options.cacheKey ?? ((key: K) => (typeof key === 'string' ? key : JSON.stringify(key)));
  return (em, scheduler) => new DataLoader<K, V, string>((keys) => scheduler.track(() => batch(em, keys)), { cacheKeyFn, ...scheduler.options() });
}

/**
 * The request's loaders, created lazily on first use and dropped with the request: never shared
 * between requests, so one caller's data never leaks into another's answer.
 */
export class Loaders {
  private readonly loaders = new Map<unknown, DataLoader<unknown, unknown, string>>();
  readonly scheduler = new BatchScheduler();

  constructor(private readonly em: EntityManager) {}

  use<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V, string> {
    let loader = this.loaders.get(factory);
    if (!loader) {
      loader = factory(this.em, this.scheduler) as DataLoader<unknown, unknown, string>;
      this.loaders.set(factory, loader);
    }
    return loader as DataLoader<K, V, string>;
  }

  /**
   * A loader that depends on field arguments (a page size, a date): one per distinct key, so that all
   * parents asking with the same arguments share one batch.
   */
  keyed<K, V>(key: string, create: LoaderFactory<K, V>): DataLoader<K, V, string> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create(this.em, this.scheduler) as DataLoader<unknown, unknown, string>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V, string>;
  }

  /** Rows of one entity by primary key (null where none). */
  byId<T extends AnyNode>(entity: EntityClass<T>): DataLoader<string, T | null, string> {
    return this.use(byIdFactory(entity));
  }

  /**
   * The row a many-to-one reference points to, batched; null when the reference is empty. A reference
   * read together with its row (a page's `include`) is that row already.
   */
  ref<T extends AnyNode>(entity: EntityClass<T>, reference: { id: string } | null | undefined): Promise<T | null> | null {
    if (!reference) return null;
    return reference instanceof entity ? Promise.resolve(reference as T) : this.byId(entity).load(reference.id);
  }

  /** After a write: forget everything cached in this request, so later fields read fresh rows. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}

const byIdFactories = new Map<EntityClass<AnyNode>, LoaderFactory<string, AnyNode | null>>();

function byIdFactory<T extends AnyNode>(entity: EntityClass<T>): LoaderFactory<string, T | null> {
  let factory = byIdFactories.get(entity as EntityClass<AnyNode>);
  if (!factory) {
    factory = defineLoader(async (em, ids: readonly string[]) => {
      const rows = await rowsById(em, entity as EntityClass<AnyNode>, ids);
      return keyed(ids, rows, (row) => row.id);
    });
    byIdFactories.set(entity as EntityClass<AnyNode>, factory);
  }
  return factory as unknown as LoaderFactory<string, T | null>;
}

/** Orders rows to match the keys (null for a missing key), as DataLoader requires. */
export function keyed<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under their keys, preserving row order within a group. */
export function grouped<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
