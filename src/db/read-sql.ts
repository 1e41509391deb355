import { CompiledQuery, type AbortableQueryOptions, type Kysely } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What MikroORM's SQL connection offers beyond its public types: its Kysely client and its logging wrapper. */
interface SqlConnection {
  getClient(): Kysely<unknown>;
  executeQuery<T>(query: string, run: () => Promise<T>, context?: Record<string, unknown>): Promise<T>;
}

interface ContextualEm {
  getConnection(): unknown;
  getTransactionContext(): Kysely<unknown> | undefined;
  getAbortOptions(): AbortableQueryOptions | undefined;
}

/**
 * Runs one read statement with its values bound as parameters (`$1`, `$2`, …), through the request's
 * EntityManager: its transaction if one is open, its deadline (the abort signal of `em.fork`), and the
 * ORM's query log (statement counts, metrics). `em.execute` would instead write every value into the
 * statement's text, so the same read would be a new statement for PostgreSQL to parse at every call.
 */
export async function readSql<R = Record<string, unknown>>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<R[]> {
  // As SqlEntityManager.execute does: the current context's transaction and abort options.
  const context = (em as unknown as { getContext(validate: boolean): ContextualEm }).getContext(false);
  const connection = context.getConnection() as unknown as SqlConnection;
  const client = context.getTransactionContext() ?? connection.getClient();
  const abort = context.getAbortOptions();
  return connection.executeQuery(sql, async () => (await client.executeQuery<R>(CompiledQuery.raw(sql, [...params]), abort)).rows, { query: sql, params });
}

/**
 * Numbers the parameters of a statement as it is written: `add(value)` returns the next `$n`. Values
 * never enter the text, so one shape of read is one statement text whatever the values.
 */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A fragment written with `?` placeholders (SQL in code, never with a literal `?`), renumbered. */
  fragment(sql: string, values: readonly unknown[]): string {
    let i = 0;
    return sql.replace(/\?/g, () => this.add(values[i++]));
  }
}
