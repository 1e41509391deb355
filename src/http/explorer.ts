import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

/** GraphiQL served from npm packages (no CDN), so the explorer works with no internet access. */
export function explorerRouter(endpoint: string): Router {
  const router = express.Router();
  const assets = express.Router();
  assets.use('/graphiql', express.static(dirOf('graphiql'), { immutable: true, maxAge: '7d' }));
  assets.use('/react', express.static(path.join(dirOf('react'), 'umd'), { immutable: true, maxAge: '7d' }));
  assets.use('/react-dom', express.static(path.join(dirOf('react-dom'), 'umd'), { immutable: true, maxAge: '7d' }));
  router.use('/explorer-assets', assets);
  router.get(endpoint, (req, res, next) => {
    if (!req.accepts('text/html') || req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html' || req.query.query) return next();
    res.type('html').send(page(endpoint));
  });
  return router;
}

const page = (endpoint: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Amity — GraphQL explorer</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="/explorer-assets/graphiql/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/explorer-assets/react/react.production.min.js"></script>
  <script src="/explorer-assets/react-dom/react-dom.production.min.js"></script>
  <script src="/explorer-assets/graphiql/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const defaultQuery = '# Welcome to Amity, the directory of Vietnam\\'s people-to-people diplomacy network.\\n{\\n  union { name nameEn traditionalDay { text } }\\n  organizations(first: 10, filter: { kinds: [FRIENDSHIP_ASSOCIATION] }) {\\n    totalCount\\n    edges { node { id name countries { code } } }\\n  }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;
