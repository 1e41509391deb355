import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response, type Router } from 'express';

/** The repository's root, from src/http (under Jest) or dist/src/http (built). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/dist\/?$/, '');

/**
 * Paths the web app answers (web/src/App.tsx routes them): the search page, organizations, persons, the
 * network and connection views, sign-in, the secretariat's screens and an editor's.
 */
const APP_PATHS = /^\/(?:|o\/[^/]+|p\/[^/]+|network\/[^/]+|connections\/[^/]+|sign-in|secretariat(?:\/(?:inactive|committees|registrations|import|audit))?|edit\/[^/]+)\/?$/;

/** Security headers of the app's page: everything it loads comes from this server (no CDN, works offline). */
const PAGE_HEADERS = {
  'Cache-Control': 'no-cache',
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Serves the web app built into web/dist (src/scripts/build-web-if-changed.mjs) at `/`: hashed assets
 * cached for a year and sent in the compression the build made (brotli, else gzip), index.html for the
 * app's paths, and the app's own "not found" page for other paths a browser opens. Programs asking for
 * anything else still get the JSON NOT_FOUND of every unknown route.
 */
export function webAppRouter(dist = path.join(ROOT, 'web', 'dist')): Router {
  const router = express.Router();
  const index = path.join(dist, 'index.html');
  const assets = path.join(dist, 'assets');
  const built = existsSync(index);

  // Which assets the build compressed, read once: requests look names up here, never build paths.
  const compressed = new Map<string, { br: boolean; gz: boolean }>();
  if (existsSync(assets)) {
    const names = new Set(readdirSync(assets));
    for (const name of names) {
      if (name.endsWith('.br') || name.endsWith('.gz')) continue;
      compressed.set(name, { br: names.has(`${name}.br`), gz: names.has(`${name}.gz`) });
    }
  }
  router.get('/assets/:name', (req, res, next) => {
    const name = String(req.params.name);
    const variants = compressed.get(name);
    if (!variants) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    const encoding = req.acceptsEncodings(...(variants.br ? ['br'] : []), ...(variants.gz ? ['gzip'] : []), 'identity');
    const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : '';
    if (suffix) res.setHeader('Content-Encoding', encoding as string);
    res.type(path.extname(name));
    res.sendFile(path.join(assets, `${name}${suffix}`), (error) => error && next(error));
  });
  // The rest of the build (the favicon, source maps); dotfiles such as the build stamp stay hidden.
  router.use(express.static(dist, { index: false, maxAge: '1h', dotfiles: 'ignore' }));

  const page = (status: number) => (_req: Request, res: Response) => {
    if (!built) {
      res.status(503).type('text/plain').send('The web app is not built: run `npm run build` (npm install and npm start build it).\n');
      return;
    }
    res.status(status).set(PAGE_HEADERS).sendFile(index);
  };
  router.get(APP_PATHS, page(200));
  // A browser opening a path the app does not know gets the app's own page, in the reader's language, as a 404.
  router.get(/.*/, (req, res, next) => (/\btext\/html\b/.test(req.headers.accept ?? '') ? page(404)(req, res) : next()));
  return router;
}
