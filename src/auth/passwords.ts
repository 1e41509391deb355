import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * Passwords are kept as argon2id hashes (memory-hard: each guess costs 19 MiB and two passes), with
 * OWASP's Password Storage Cheat Sheet's first recommended setting, in the PHC string form that carries
 * its own parameters and salt: a later, costlier setting still verifies the older hashes.
 */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** NIST SP 800-63B: at least 8 characters, no composition rules; 12 here, and at most 256 (hashing is bounded). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

/** A hash no password matches, verified when the username is unknown so that its answer takes as long. */
let decoy: Promise<string> | undefined;

/** Whether `password` is the one `stored` was made from; with no stored hash, false after the same work. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    decoy ??= hashPassword(`decoy-${Math.random()}`);
    await verify(await decoy, password.normalize('NFC')).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password.normalize('NFC'));
  } catch {
    // Not a hash this library reads: no password matches it.
    return false;
  }
}

/** Why a new password is refused, or undefined when it will do. */
export function passwordProblem(password: string, username?: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `at most ${PASSWORD_MAX_LENGTH} characters`;
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'must not contain the username';
  return undefined;
}
