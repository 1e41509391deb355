import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors/errors.js';

/**
 * The length in bytes of `JSON.stringify(value)`, measured without building that string and given up
 * as soon as it passes `limit` (then some number above `limit`): a huge answer is refused after
 * walking at most `limit` bytes of it, never serialised whole.
 */
export function jsonBytesUpTo(value: unknown, limit: number): number {
  let bytes = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (bytes > limit) return bytes;
    if (item === null || typeof item === 'boolean' || typeof item === 'number') {
      bytes += JSON.stringify(item).length;
    } else if (typeof item === 'string') {
      bytes += Buffer.byteLength(JSON.stringify(item));
    } else if (Array.isArray(item)) {
      bytes += 2 + Math.max(item.length - 1, 0);
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i] === undefined || typeof item[i] === 'function' ? null : item[i]);
    } else if (typeof item === 'object') {
      if (typeof (item as { toJSON?: unknown }).toJSON === 'function') {
        stack.push((item as { toJSON: () => unknown }).toJSON());
        continue;
      }
      const entries = Object.entries(item).filter(([, v]) => v !== undefined && typeof v !== 'function');
      bytes += 2 + Math.max(entries.length - 1, 0);
      for (const [key, v] of entries) {
        bytes += Buffer.byteLength(JSON.stringify(key)) + 1;
        stack.push(v);
      }
    }
  }
  return bytes;
}

/**
 * Bounds of the JSON size of `value`, in one walk that allocates nothing: a string of n UTF-16 units takes
 * at least n + 2 bytes and at most 6n + 2 (a `\u00XX` escape; no unit needs more in UTF-8). Keys count the
 * same way. Only an answer whose bounds straddle the limit is measured exactly.
 */
function jsonBounds(value: unknown): { low: number; high: number } {
  let low = 0;
  let high = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (item === null || item === undefined || typeof item === 'function') {
      low += 4;
      high += 4;
    } else if (typeof item === 'boolean' || typeof item === 'number' || typeof item === 'bigint') {
      const n = String(item).length;
      low += 1;
      high += Math.max(n, 5);
    } else if (typeof item === 'string') {
      low += item.length + 2;
      high += 6 * item.length + 2;
    } else if (Array.isArray(item)) {
      low += 2 + Math.max(item.length - 1, 0);
      high += 2 + Math.max(item.length - 1, 0);
      for (let i = 0; i < item.length; i++) stack.push(item[i]);
    } else if (typeof item === 'object') {
      if (typeof (item as { toJSON?: unknown }).toJSON === 'function') {
        stack.push((item as { toJSON: () => unknown }).toJSON());
        continue;
      }
      low += 2;
      high += 2;
      for (const key in item as Record<string, unknown>) {
        const v = (item as Record<string, unknown>)[key];
        if (v === undefined || typeof v === 'function') continue;
        low += key.length + 3;
        high += 6 * key.length + 4;
        stack.push(v);
      }
    }
  }
  return { low, high };
}

/** Whether the answer's JSON is larger than `maxBytes`: bounds first, the exact walk only when they straddle it. */
export function exceedsBytes(value: unknown, maxBytes: number): boolean {
  const { low, high } = jsonBounds(value);
  if (high <= maxBytes) return false;
  if (low > maxBytes) return true;
  return jsonBytesUpTo(value, maxBytes) > maxBytes;
}

/**
 * Refuses an answer larger than `maxBytes` (RESPONSE_TOO_LARGE): its data is dropped and replaced by
 * `null`, so, as GraphQL over HTTP has it for a response with `data`, the status stays 200. The cost
 * limit stops most such operations before they run; this catches what its estimates miss.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!exceedsBytes(result, maxBytes)) return;
          response.body.singleResult = {
            data: null,
            errors: [
              {
                message: `The answer would be larger than ${maxBytes} bytes; ask for less (a smaller page, fewer fields)`,
                extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maximumResponseBytes: maxBytes },
              },
            ],
            extensions: result.extensions,
          };
        },
      };
    },
  };
}
