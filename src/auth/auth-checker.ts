import type { AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { forbidden, unauthenticated } from '../errors/errors.js';

/**
 * `@Authorized(...roles)`: the one place roles are enforced on fields and mutations. The public gets
 * UNAUTHENTICATED (it may sign in), a signed-in caller without the role FORBIDDEN.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const { viewer } = context;
  if (viewer.role === 'PUBLIC') throw unauthenticated();
  if (roles.length && !roles.includes(viewer.role)) throw forbidden(`This needs the role ${roles.join(' or ')}`);
  return true;
};
