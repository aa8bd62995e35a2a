// Validates outputs against the published JSON Schema, so the schema and the code cannot drift apart.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { ROOT } from './paths.js';

const require = createRequire(import.meta.url);
// ajv's 2020-12 build is CommonJS; loading it through require keeps its types simple.
const Ajv2020 = require('ajv/dist/2020').default as new (opts: object) => {
  addSchema: (schema: object) => unknown;
  compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown[] | null };
};

const schema = JSON.parse(readFileSync(`${ROOT}/schema/extract.schema.json`, 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);
const validateOutput = ajv.compile({ $ref: 'extract.schema.json' });
const validateDocument = ajv.compile({ $ref: 'extract.schema.json#/$defs/document' });

export function assertValidOutput(data: unknown): void {
  const ok = validateOutput(data);
  assert.ok(ok, `extract.json does not match schema: ${JSON.stringify(validateOutput.errors?.slice(0, 5))}`);
}

export function assertValidDocument(data: unknown): void {
  const ok = validateDocument(data);
  assert.ok(ok, `document does not match schema: ${JSON.stringify(validateDocument.errors?.slice(0, 5))}`);
}
