/**
 * What an operation really fetched, priced as the requested cost prices what it could fetch: a point
 * for every field returned, a list field's items each counted with their selection. A page asked as
 * `first: 100` that held 4 rows costs 4 rows here. Declared prices of analytical fields are not
 * re-counted: the requested cost charged for them stands.
 */
export function actualCost(data: unknown): number {
  if (!data || typeof data !== 'object') return 0;
  let points = 0;
  for (const value of Object.values(data as Record<string, unknown>)) {
    points += Array.isArray(value) ? value.reduce((sum: number, item) => sum + 1 + itemCost(item), 0) : 1 + actualCost(value);
  }
  return points;
}

/** A list item: an object costs its fields, a nested list its items, a scalar nothing beyond its point. */
function itemCost(item: unknown): number {
  if (Array.isArray(item)) return item.reduce((sum: number, inner) => sum + 1 + itemCost(inner), 0);
  return actualCost(item);
}
