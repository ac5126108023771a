/**
 * Writes `graph-data/curation.schema.json` from the curation schema, so editors validate and complete
 * `curation.json`. A unit test fails when the committed file drifts from the schema; rerun this then.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { curationJsonSchemaText } from '../src/lib/pipeline/curation/json-schema';

const file = fileURLToPath(new URL('../graph-data/curation.schema.json', import.meta.url));
writeFileSync(file, curationJsonSchemaText());
console.log(`curation: wrote ${file}`);
