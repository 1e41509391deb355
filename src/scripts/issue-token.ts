import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { issueToken } from '../auth/tokens.js';
import type { Role } from '../auth/viewer.js';
import { loadConfig } from '../config/config.js';
import { fromGlobalId } from '../relay/global-id.js';

/** `npm run token -- --role SECRETARIAT --subject "Nguyễn Văn A" [--organization <Organization ID>] [--expires 30d]` */
const { values } = parseArgs({
  options: { role: { type: 'string' }, subject: { type: 'string' }, organization: { type: 'string' }, expires: { type: 'string', default: '30d' } },
});
if (!values.role || !values.subject) {
  console.error('usage: npm run token -- --role SECRETARIAT|ASSOCIATION_EDITOR|READER --subject NAME [--organization ORGANIZATION_ID] [--expires 30d]');
  process.exit(2);
}
const config = loadConfig();
const organizationId = values.organization ? fromGlobalId(values.organization).id : undefined;
const token = await issueToken(config.authSecret, { role: values.role as Exclude<Role, 'PUBLIC'>, subject: values.subject, organizationId, expiresIn: values.expires });
// The server refuses a token that lives longer than MAX_TOKEN_LIFETIME_SECONDS: say so now, not at first use.
const { exp = 0, iat = 0 } = decodeJwt(token);
if (exp - iat > config.maxTokenLifetimeSeconds) {
  console.error(`--expires ${values.expires} is longer than MAX_TOKEN_LIFETIME_SECONDS (${config.maxTokenLifetimeSeconds} s)`);
  process.exit(2);
}
console.log(token);
