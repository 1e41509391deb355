/**
 * npm run seed:synthetic -- --scale N [--seed S] [--database-url URL] [--force]
 *
 * Fills a PostgreSQL database with the deterministic synthetic network (see generate.ts).
 */
import { parseArgs } from 'node:util';
import { generateSynthetic, SyntheticExistsError } from './generate.js';

const USAGE = `usage: npm run seed:synthetic -- [--scale N] [--seed S] [--database-url URL] [--force]

  --scale N            multiplies every count (default 1: 2,000 organizations, 30,000 persons,
                       100,000 memberships, 20,000 events, 300,000 participations, 20,000 partnerships)
  --seed S             same seed, same data, UUIDs included (default 1)
  --database-url URL   PostgreSQL database to fill (default: $DATABASE_URL); created if missing
  --force              replace the synthetic rows the database already holds`;

function fail(message: string): never {
  process.stderr.write(`seed:synthetic: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        scale: { type: 'string', default: '1' },
        seed: { type: 'string', default: '1' },
        'database-url': { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const scale = Number(values.scale);
  if (!(scale > 0) || !Number.isFinite(scale)) fail(`--scale must be a positive number (got ${values.scale})`);
  if (!/^[\w.-]{1,64}$/.test(values.seed)) fail('--seed must be 1–64 letters, digits, ".", "-" or "_"');
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url) fail(`no database: pass --database-url postgresql://user@host:5432/db or set DATABASE_URL\n${USAGE}`);
  if (!/^postgres(ql)?:\/\//.test(url)) fail(`the database URL must start with postgres:// or postgresql:// (got ${url})`);

  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  console.log(`synthetic network: scale ${scale}, seed ${values.seed} → ${shown}`);
  try {
    const result = await generateSynthetic(url, { scale, seed: values.seed, force: values.force, log: (line) => console.log(`  ${line}`) });
    const total = Object.values(result.counts).reduce((s, n) => s + n, 0);
    console.log('rows inserted:');
    for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(21)} ${n.toLocaleString('en-US').padStart(10)}`);
    console.log(`  ${'total'.padEnd(21)} ${total.toLocaleString('en-US').padStart(10)}`);
    console.log(`elapsed: ${(result.elapsedMs / 1000).toFixed(1)} s`);
  } catch (error) {
    if (error instanceof SyntheticExistsError) fail(error.message);
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED') fail(`cannot reach PostgreSQL at ${shown.host} (${(error as Error).message})`);
    throw error;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
