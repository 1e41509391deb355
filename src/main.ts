import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './log/logger.js';

try {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  // A promise nobody awaited that rejects (a dropped connection under a loader nobody read) must not take
  // every other request down with it: log it and keep serving. Resolvers should never create one.
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (kept serving)');
  });
  // A thrown exception nobody caught leaves the process in an unknown state: log it and exit, as Node
  // recommends; the supervisor restarts a clean process.
  process.on('uncaughtException', (error, origin) => {
    logger.fatal({ err: error, origin }, 'uncaught exception: exiting');
    process.exit(1);
  });

  const app = await startApp(config, { logger });
  let stopping = false;
  const shutdown = (signal: string) => {
    // The same signal often comes twice (to the process group, and forwarded by npm): one shutdown,
    // bounded by the grace period, whatever follows.
    if (stopping) return void logger.info({ signal }, 'already shutting down');
    stopping = true;
    logger.info({ signal, graceMs: config.timeouts.shutdownGraceMs }, 'shutting down');
    app.stop().then(
      () => {
        logger.info('stopped cleanly');
        process.exit(0);
      },
      (error) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  // A JSON line like every other, naming the setting (a ConfigError) or the cause (the database, say).
  const logger = createLogger('info');
  if (error instanceof ConfigError) logger.fatal({ setting: error.setting }, error.message);
  else logger.fatal({ err: error }, `start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
