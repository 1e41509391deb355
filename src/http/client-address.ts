import type { IncomingMessage } from 'node:http';

/** Express's compiled `trust proxy` setting (`app.get('trust proxy fn')`). */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The client's address as express's `req.ip` gives it, for a request express never sees (a WebSocket's
 * upgrade): the peer, then each `X-Forwarded-For` hop from the nearest, up to the first one not trusted
 * (proxy-addr's walk, which express uses).
 */
export function clientAddressOf(request: IncomingMessage, trust: TrustProxy): string | undefined {
  const peer = request.socket.remoteAddress;
  if (!peer) return undefined;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
    .reverse();
  const chain = [peer, ...forwarded];
  for (let hop = 0; hop < chain.length - 1; hop++) if (!trust(chain[hop], hop)) return chain[hop];
  return chain[chain.length - 1];
}
