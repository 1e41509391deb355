import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { issueToken } from '../auth/tokens.js';
import type { Role } from '../auth/viewer.js';
import { loadConfig } from '../config/config.js';
import { expectGlobalId } from '../relay/global-id.js';

const ROLES = ['SECRETARIAT', 'ASSOCIATION_EDITOR', 'READER'] as const;
const USAGE = `usage: npm run token -- --role ${ROLES.join('|')} --subject NAME [--organization ORGANIZATION_ID] [--expires 30d]

  --role          what the token may do (every role but SECRETARIAT needs --organization)
  --subject       who it is for: shown in the audit trail as the author of every write
  --organization  the global ID of the organization an editor writes for, or a reader reads for
  --expires       lifetime (e.g. 12h, 30d); at most MAX_TOKEN_LIFETIME_SECONDS`;

/** A mistake on the command line: say what is wrong and how to call it, without a stack trace. */
function refuse(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/** `npm run token -- --role SECRETARIAT --subject "Nguyễn Văn A" [--organization <Organization ID>] [--expires 30d]` */
function parse() {
  try {
    return parseArgs({
      options: { role: { type: 'string' }, subject: { type: 'string' }, organization: { type: 'string' }, expires: { type: 'string', default: '30d' }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (error) {
    return refuse((error as Error).message);
  }
}

const values = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.role || !values.subject) refuse('--role and --subject are required');
const role = values.role as (typeof ROLES)[number];
if (!ROLES.includes(role)) refuse(`--role must be one of ${ROLES.join(', ')}`);
if (role !== 'SECRETARIAT' && !values.organization) refuse(`a ${role} token needs --organization`);

const config = loadConfig();
let organizationId: string | undefined;
try {
  organizationId = values.organization ? expectGlobalId(values.organization, 'Organization', 'organization') : undefined;
} catch {
  refuse(`--organization ${values.organization} is not an organization's global ID (copy the id an organization query answers)`);
}
let token: string;
try {
  token = await issueToken(config.authSecret, { role: role as Exclude<Role, 'PUBLIC'>, subject: values.subject!, organizationId, expiresIn: values.expires });
} catch {
  refuse(`--expires ${values.expires} is not a lifetime (write it like 12h or 30d)`);
}
// The server refuses a token that lives longer than MAX_TOKEN_LIFETIME_SECONDS: say so now, not at first use.
const { exp = 0, iat = 0 } = decodeJwt(token);
if (exp - iat > config.maxTokenLifetimeSeconds) refuse(`--expires ${values.expires} is longer than MAX_TOKEN_LIFETIME_SECONDS (${config.maxTokenLifetimeSeconds} s)`);
console.log(token);
