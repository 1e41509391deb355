import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const DIR = new URL('../fixtures/popolo/', import.meta.url);
const BASE = 'http://www.popoloproject.com/schemas/';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A draft-03 schema as draft 07 says the same: `id` is `$id`, and a property's `required: true` becomes
 * its name in the enclosing `required` list. Property names (`properties.id`) are left as they are.
 */
export function draft03ToDraft07(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(draft03ToDraft07);
  if (!schema || typeof schema !== 'object') return schema;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue;
    if (key === 'id' && typeof value === 'string') out.$id = value;
    else if (key === 'required' && typeof value === 'boolean') continue;
    else if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, draft03ToDraft07(property)]));
      const required = Object.entries(value).filter(([, property]) => (property as { required?: unknown })?.required === true).map(([name]) => name);
      if (required.length) out.required = required;
    } else out[key] = draft03ToDraft07(value);
  }
  return out;
}

/** Validators of the Popolo classes, from the committed schemas (test/fixtures/popolo, see its README). */
export function popoloValidators(): Record<'person' | 'organization' | 'membership' | 'post', ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
  addFormats.default(ajv);
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(draft03ToDraft07(JSON.parse(readFileSync(new URL(file, DIR), 'utf8'))) as object);
  }
  const get = (name: string) => {
    const validate = ajv.getSchema(`${BASE}${name}.json#`) ?? ajv.getSchema(`${BASE}${name}.json`);
    if (!validate) throw new Error(`no Popolo schema ${name}`);
    return validate;
  };
  return { person: get('person'), organization: get('organization'), membership: get('membership'), post: get('post') };
}
