import { badUserInput } from '../../errors/errors.js';
import type { IdentifierMatch } from './identifier.inputs.js';
import { IDENTIFIER_SCHEMES, identifierScheme, normaliseIdentifier } from './identifier.schemes.js';

/**
 * `organizations(filter: { identifier })` as a condition on the page's `t` (organization): one scheme's
 * identifier (served by the unique index on scheme and upper(identifier)), or with no scheme the value in
 * any scheme, or an org-id (`XM-DAC-41301`) read as its scheme and identifier.
 */
export function identifierCondition(match: IdentifierMatch, field = 'filter.identifier'): { sql: string; params: unknown[] } {
  const value = match.identifier.trim().replace(/\s+/g, ' ');
  if (!value) throw badUserInput(`${field}.identifier must not be empty`, [{ field: `${field}.identifier`, message: 'empty' }]);
  const exists = (test: string) => `exists (select 1 from "organization_identifier" i where i."organization_id" = t."id" and (${test}))`;
  if (match.scheme != null) {
    const scheme = identifierScheme(match.scheme);
    if (!scheme) throw badUserInput(`Unknown identifier scheme ${JSON.stringify(match.scheme)}`, [{ field: `${field}.scheme`, message: `one of ${IDENTIFIER_SCHEMES.map((s) => s.code).join(', ')}` }]);
    return { sql: exists('i."scheme" = ? and upper(i."identifier") = upper(?)'), params: [scheme.code, normaliseIdentifier(scheme, value)] };
  }
  const tests = ['upper(i."identifier") = upper(?)'];
  const params: unknown[] = [value];
  for (const scheme of IDENTIFIER_SCHEMES) {
    if (!scheme.orgIdGuide || !value.toUpperCase().startsWith(`${scheme.code}-`)) continue;
    tests.push('(i."scheme" = ? and upper(i."identifier") = upper(?))');
    params.push(scheme.code, normaliseIdentifier(scheme, value));
  }
  return { sql: exists(tests.join(' or ')), params };
}
