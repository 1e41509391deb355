import 'reflect-metadata';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { prepareDatabase } from '../db/prepare.js';
import { AppError } from '../errors/errors.js';
import { createContext } from '../graphql/context.js';
import { localChangeBus } from '../live/change-bus.js';
import { createLogger } from '../log/logger.js';
import { AccountRole } from '../modules/account/account.enums.js';
import { createAccount } from '../modules/account/account.service.js';
import { ENTITIES } from '../modules.js';
import { ensureReferenceData, seedRealDataWhenEmpty } from '../../seeds/load-real.js';

const ROLES = Object.values(AccountRole);
const USAGE = `usage: AMITY_PASSWORD=… npm run account -- --username NAME --name "DISPLAY NAME" --role ${ROLES.join('|')} [--organization ORGANIZATION_ID]

Creates an account on the database the server uses (DATABASE_URL, else the embedded one in
AMITY_DATA_DIR: stop the server first, the embedded engine has one user at a time). The first
secretariat account is made this way; the secretariat makes the others in the app (createAccount).

  --username      what the person signs in with (lowercase letters, digits, . _ -)
  --name          the person's name as the app shows it
  --role          SECRETARIAT, ASSOCIATION_EDITOR or READER (all but SECRETARIAT need --organization)
  --organization  the global ID of the editor's or reader's organization
  The password (at least 12 characters) comes from AMITY_PASSWORD, else from the first line of standard input.`;

function refuse(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, organization: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    return refuse((error as Error).message);
  }
}

async function readPassword(): Promise<string> {
  if (process.env.AMITY_PASSWORD) return process.env.AMITY_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('password: ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

const values = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.username || !values.name || !values.role) refuse('--username, --name and --role are required');
if (!ROLES.includes(values.role as AccountRole)) refuse(`--role must be one of ${ROLES.join(', ')}`);
const password = await readPassword();

const config = loadConfig();
const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
const database = await openDatabase(config, logger, ENTITIES);
let code = 0;
try {
  await prepareDatabase(database.orm, logger, { seed: config.seedOnStart ? seedRealDataWhenEmpty : ensureReferenceData, embedded: database.embedded });
  // The audit trail names who ran the command, as the author of the account.
  const ctx = createContext(database.orm, {
    viewer: { role: 'SECRETARIAT', subject: `npm run account (${userInfo().username})` },
    requestId: 'cli',
    logger,
    limitWrites: async () => undefined,
    changes: localChangeBus(),
  });
  const account = await createAccount(ctx, { username: values.username!, displayName: values.name!, password, role: values.role as AccountRole, organizationId: values.organization ?? null });
  console.log(`account ${account.username} (${account.role}) created: ${account.globalId}`);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  const fields = (error.extensions.fields as { field: string; message: string }[] | undefined) ?? [];
  const flag: Record<string, string> = { 'input.username': '--username', 'input.displayName': '--name', 'input.password': 'AMITY_PASSWORD', 'input.role': '--role', 'input.organizationId': '--organization' };
  console.error([`${error.extensions.code}: ${error.message}`, ...fields.map((f) => `  ${flag[f.field] ?? f.field}: ${f.message}`)].join('\n'));
  code = 1;
} finally {
  await database.close();
}
process.exit(code);
