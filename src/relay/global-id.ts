import { badUserInput } from '../errors/errors.js';

/**
 * Opaque global IDs: base64url of `Type:key`. Clients must treat them as opaque; the encoding only
 * has to be stable so that IDs stored by clients keep working.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface ResolvedGlobalId {
  type: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global ID; a malformed one is BAD_USER_INPUT naming `field`, the argument or input field it came in. */
export function fromGlobalId(globalId: string, field = 'id'): ResolvedGlobalId {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep <= 0 || !/^[A-Z][A-Za-z]+$/.test(type) || !UUID.test(id)) {
    throw badUserInput(`${JSON.stringify(globalId)} is not a valid ID`, [{ field, message: 'malformed global ID' }]);
  }
  return { type, id };
}

/** Decodes a global ID that must name one of the given types (e.g. an Organization for `organizationId`). */
export function expectGlobalId(globalId: string, type: string, field = 'id'): string {
  const resolved = fromGlobalId(globalId, field);
  if (resolved.type !== type) {
    throw badUserInput(`${field} must be the ID of a ${type}`, [{ field, message: `expected a ${type} ID` }]);
  }
  return resolved.id;
}
