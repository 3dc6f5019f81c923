// Writes schema/*.schema.json from the zod schema, so editors complete and check scenario files.
// The test suite fails when the committed files are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFiles } from '../src/scenario/json-schema';
import { packageRoot } from '../src/scenario/paths';

for (const [name, schema] of Object.entries(schemaFiles())) {
  writeFileSync(join(packageRoot(), 'schema', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${name}`);
}
