/**
 * Keeps the JSON Schema from drifting stricter than the validator: whatever
 * random damage the schema refuses, the validator refuses too.
 */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { validateDictionary } from '../../../src/core/dictionary/validate';
import { readJson } from './load';

const schemaAccepts = new Ajv2020({ allErrors: true }).compile(
  readJson('assets/dictionary/dictionary.schema.json') as object,
);
const base = readJson('tests/fixtures/dictionaries/valid/with-story.json');

type Container = Record<string, unknown> | unknown[];

/** Every object or array inside `value`, each with its keys, so a mutation can pick one. */
function containers(value: unknown, out: { node: Container; keys: (string | number)[] }[] = []) {
  if (Array.isArray(value)) {
    out.push({ node: value, keys: value.map((_, i) => i) });
    value.forEach((v) => containers(v, out));
  } else if (typeof value === 'object' && value !== null) {
    const node = value as Record<string, unknown>;
    out.push({ node, keys: Object.keys(node) });
    Object.values(node).forEach((v) => containers(v, out));
  }
  return out;
}

const mutation = fc.record({
  at: fc.nat(),
  key: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'add'),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom('', ' ', '<b>x</b>', 'the', 'Not Kebab', '2010-13-01', '…', 'a &amp; b'),
  ),
});

test('the validator refuses every dictionary the schema refuses', () => {
  // The base is valid, so the property below would hold vacuously if no mutation broke it.
  expect(schemaAccepts(base)).toBe(true);
  expect(validateDictionary(base).ok).toBe(true);
  let refused = 0;
  fc.assert(
    fc.property(mutation, ({ at, key, op, value }) => {
      const copy = structuredClone(base);
      const all = containers(copy);
      const target = all[at % all.length];
      if (!target) return;
      const { node, keys } = target;
      const chosen = keys.length > 0 ? keys[key % keys.length] : undefined;
      if (op === 'add' || chosen === undefined) {
        if (Array.isArray(node)) node.push(value);
        else node[`extra${key}`] = value;
      } else if (Array.isArray(node)) {
        if (op === 'delete') node.splice(chosen as number, 1);
        else node[chosen as number] = value;
      } else if (op === 'delete') {
        Reflect.deleteProperty(node, chosen);
      } else {
        node[chosen as string] = value;
      }
      if (!schemaAccepts(copy)) {
        refused += 1;
        expect(validateDictionary(copy).ok).toBe(false);
      }
    }),
    { numRuns: 500 },
  );
  // Most random damage breaks the schema (about four runs in five): the branch above ran, and often.
  expect(refused).toBeGreaterThan(100);
});
