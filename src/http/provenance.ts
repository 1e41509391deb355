import type { Request } from 'express';

/** What every export says of itself: what it is, where it was taken from and when (issue 15, item 5). */
export interface Provenance {
  title: string;
  /** The address the export was fetched from, with only the parameters it read. */
  source: string;
  /** When it was made (ISO 8601, UTC, to the second). */
  generatedAt: string;
}

export const DIRECTORY_TITLE = 'Amity — directory of Vietnam’s people-to-people diplomacy network';

/**
 * The provenance of an export answered to `req`: its own address rebuilt from the path and the parameters
 * the route read (never the raw query string, so nothing a caller adds travels into the file).
 */
export function provenanceOf(req: Request, title: string, params: Record<string, string | undefined> = {}): Provenance {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  const url = new URL(req.path, originOf(req));
  url.search = query;
  const source = url.toString();
  return { title, source, generatedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

/** The origin the request was made to, as a URL parses it; `http://localhost` for a Host header that is not one. */
function originOf(req: Request): string {
  try {
    return new URL(`${req.protocol}://${req.get('host') ?? 'localhost'}`).origin;
  } catch {
    return 'http://localhost';
  }
}
