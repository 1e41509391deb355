/** For each field, a function that reads it: a loader's promise, which may still resolve to null. */
export type LazyFields<T> = { [K in keyof T]?: () => T[K] | Promise<Awaited<T[K]> | null> };

/**
 * Defines relations of a computed result as getters, so a row is loaded (batched) only when a client
 * selects the field. A promise made up front would run its SQL for nothing when the field is not asked
 * for, and nobody would await it: a failed batch (a dropped connection) would then be an unhandled
 * rejection, which ends the process. The getters are not enumerable: copying the object does not read them.
 */
export function withLazyFields<T extends object>(target: T, fields: LazyFields<T>): T {
  for (const [field, read] of Object.entries(fields) as [string, () => unknown][]) {
    Object.defineProperty(target, field, { get: read, enumerable: false, configurable: true });
  }
  return target;
}
