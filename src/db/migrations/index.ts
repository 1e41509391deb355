import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123090430_Initial } from './Migration20261123090430_Initial.js';

/** Committed migrations, in order. `npm run migration:create -- Name` writes a new file; list it here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123090430_Initial', class: Migration20261123090430_Initial },
];
