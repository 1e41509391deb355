import { badUserInput } from '../errors/errors.js';

interface Named<T> {
  name: string;
  value: T | null | undefined;
}

/**
 * An argument renamed in the schema, its old name kept (deprecated) for the clients written against it:
 * the one given, with the name it came under (for errors about its value). Neither is BAD_USER_INPUT
 * naming the new one; both, unless they agree, naming the old one.
 */
export function renamedArgument<T>(current: Named<T>, deprecated: Named<T>): { name: string; value: T } {
  if (current.value != null && deprecated.value != null && current.value !== deprecated.value) {
    throw badUserInput(`Pass \`${current.name}\` or the deprecated \`${deprecated.name}\`, not both`, [{ field: deprecated.name, message: `conflicts with ${current.name}` }]);
  }
  if (current.value != null) return { name: current.name, value: current.value };
  if (deprecated.value != null) return { name: deprecated.name, value: deprecated.value };
  throw badUserInput(`\`${current.name}\` is required`, [{ field: current.name, message: 'required' }]);
}
