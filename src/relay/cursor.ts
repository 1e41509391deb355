/** An opaque cursor's parts: base64url of a JSON array. */
export const encodeCursorParts = (parts: readonly unknown[]): string => Buffer.from(JSON.stringify(parts)).toString('base64url');

/** The parts of a cursor, or [] for anything that is not one (the caller refuses it, naming its field). */
export function cursorParts(cursor: string): unknown[] {
  try {
    const value: unknown = /^[A-Za-z0-9_-]{1,2048}$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
