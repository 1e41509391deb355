import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { authenticate, SessionStore } from './auth/sessions.js';
import { SignInAttempts } from './auth/sign-in-limit.js';
import type { Config } from './config/config.js';
import { openDatabase, type Database } from './db/database.js';
import type { OrmOptions } from './db/orm.js';
import { prepareDatabase } from './db/prepare.js';
import { createApolloServer } from './graphql/apollo.js';
import { pointBudget } from './graphql/budget.js';
import { createContext } from './graphql/context.js';
import { createErrorFormatter } from './errors/format-error.js';
import { bodyErrorHandler, internalErrorHandler } from './http/body-errors.js';
import { answerClientErrors, notFoundHandler } from './http/client-errors.js';
import { explorerRouter } from './http/explorer.js';
import { healthRouter } from './http/health.js';
import { clientAddressOf, type TrustProxy } from './http/client-address.js';
import { webAppRouter } from './http/web-app.js';
import { trackRequests } from './http/shutdown.js';
import { setMaxPageSize } from './relay/connection.js';
import { createWriteLimiter } from './writes/rate-limit.js';
import { openLimiterStore } from './limits/open-store.js';
import { createMetrics, type PoolCounts } from './observability/metrics.js';
import { trackRequestStats, type RequestStats } from './observability/request-stats.js';
import { createLogger, type Logger } from './log/logger.js';
import type { ChangeBus } from './live/change-bus.js';
import { openChangeBus } from './live/open-bus.js';
import { serveSubscriptions } from './live/subscriptions.js';
import { ENTITIES, getSchema, MODULES } from './modules.js';
import { seedRealDataWhenEmpty, ensureReferenceData } from '../seeds/load-real.js';

export interface App {
  url: string;
  database: Database;
  logger: Logger;
  stop(): Promise<void>;
}

export interface AppOptions {
  orm?: OrmOptions;
  /** main.ts passes the logger its process-level handlers write to. */
  logger?: Logger;
}

/** After the HTTP drain, how long closing the pool may wait for statements still running. */
const DATABASE_CLOSE_TIMEOUT_MS = 5_000;

/** Opens the database, migrates (and seeds an empty one), then serves HTTP. */
export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  setMaxPageSize(config.limits.maxPageSize);
  const database = await openDatabase(config, logger, ENTITIES, options.orm);
  let changes: ChangeBus | undefined;
  try {
    await prepareDatabase(database.orm, logger, { seed: config.seedOnStart ? seedRealDataWhenEmpty : ensureReferenceData, embedded: database.embedded });
    const schema = await getSchema();

    const app = express();
    app.disable('x-powered-by');
    if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
    const httpServer = http.createServer(app);
    answerClientErrors(httpServer);
    const requests = trackRequests(httpServer, logger);
    const limits = openLimiterStore(config, logger);
    await limits.ready;
    const bus = await openChangeBus(config, logger);
    changes = bus;
    // pg's Pool: how many connections are in use, idle, and waited for.
    const metrics = createMetrics(async () => (await database.orm.driver.getConnection().getNativeClient()) as unknown as PoolCounts);
    const budget = pointBudget(config.pointBudget, limits.store);
    const apollo = createApolloServer(schema, httpServer, config, logger, budget, metrics.plugin);
    const limitWrites = createWriteLimiter(config.writeRateLimit, limits.store);
    const auth = {
      secret: config.authSecret,
      maxTokenLifetimeSeconds: config.maxTokenLifetimeSeconds,
      sessions: new SessionStore(database.orm, config.sessions.lifetimeSeconds),
      attempts: new SignInAttempts(config.sessions, limits.store),
    };
    await apollo.start();
    const subscriptions = serveSubscriptions(httpServer, {
      schema,
      path: '/graphql',
      orm: database.orm,
      changes: bus,
      auth: {
        secret: config.authSecret,
        maxTokenLifetimeSeconds: config.maxTokenLifetimeSeconds,
        clientAddress: (request) => clientAddressOf(request, app.get('trust proxy fn') as TrustProxy),
        logger,
      },
      limits: { ...config.limits, operationMs: config.timeouts.operationMs, maxResponseBytes: config.maxResponseBytes, maxMessageBytes: config.limits.maxBodyBytes },
      budget,
      limitWrites,
      formatError: createErrorFormatter(logger, config.env === 'development'),
      exposeInternals: config.env === 'development',
      logger,
    });

    app.use(trackRequestStats);
    app.use(metrics.countResponses);
    app.use(
      pinoHttp({
        logger,
        // On the line written when the response is finished: what the request did.
        customProps: (_req, res) => (res.writableFinished && res.locals.stats?.operation ? { graphql: res.locals.stats as RequestStats } : {}),
        genReqId: (req, res) => {
          const given = req.headers['x-request-id'];
          const id = typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
          res.setHeader('x-request-id', id);
          return id;
        },
        autoLogging: { ignore: (req) => /^\/(health|metrics)\b/.test(req.url ?? '') },
      }),
    );
    app.get('/metrics', async (_req, res, next) => {
      try {
        res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
      } catch (error) {
        next(error);
      }
    });
    app.use(healthRouter(() => database.isReady()));
    // A bearer token (programs) or a session cookie (people signed in to the web app): the same Viewer.
    const contextOf = async (req: express.Request, res: express.Response) =>
      createContext(database.orm, {
        ...(await authenticate(req, res, auth)),
        requestId: String(req.id),
        logger: req.log,
        limitWrites,
        changes: bus,
        clientAddress: req.ip,
      });
    for (const m of MODULES) if (m.routes) app.use(m.routes(database.orm, { contextOf }));
    if (config.env === 'development') app.use(explorerRouter('/graphql'));
    app.use(
      '/graphql',
      express.json({ limit: config.limits.maxBodyBytes }),
      expressMiddleware(apollo, {
        context: async ({ req, res }) => ({
          ...(await contextOf(req, res)),
          responseMediaType: req.accepts(['application/json', 'application/graphql-response+json']),
        }),
      }),
      bodyErrorHandler,
    );
    app.use(webAppRouter());
    app.use(notFoundHandler);
    app.use(internalErrorHandler);

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    logger.info({ url: `${url}/graphql`, embedded: database.embedded }, 'Amity is serving');

    let stopping: Promise<void> | undefined;
    return {
      url,
      database,
      logger,
      stop: () =>
        (stopping ??= (async () => {
          // Subscribers are told first (close 1001, going away), so that their clients reconnect elsewhere;
          // the HTTP drain would only cut their sockets.
          await subscriptions.close();
          // Requests in flight get SHUTDOWN_GRACE_MS to finish; what is left is answered 503 or cut.
          const drained = await requests.drain(config.timeouts.shutdownGraceMs);
          logger.info(drained, 'HTTP requests drained');
          await apollo.stop(); // the server is closed already: its own drain finds nothing left
          await bus.close();
          await closeWithin(database, DATABASE_CLOSE_TIMEOUT_MS, logger);
          await limits.close();
        })()),
    };
  } catch (error) {
    await changes?.close();
    await database.close();
    throw error;
  }
}

/** Resolvers cut by the drain may still hold a connection; their statements must not keep the process up. */
async function closeWithin(database: Database, ms: number, logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ms)));
  const late = await Promise.race([database.close().then(() => false), timedOut]);
  clearTimeout(timer);
  if (late) logger.warn({ ms }, 'database connections still busy after the drain: leaving them to close with the process');
}
