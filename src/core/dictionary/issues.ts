/**
 * The issue collector the validator threads through its checks, and the
 * small type guards it uses on untrusted JSON. Issues are collected rather
 * than thrown so that one run reports every problem of an imported file.
 */
import { plainTextProblem } from './text-rules';

/** One problem found in a dictionary, located by JSON path ("$.entities[3].aliases[0].text"). */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** A JSON object as parsed: keys to unknown values. */
export type JsonObject = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The path of an object member: `$.entities` + `name` → `$.entities.name`. */
export function memberPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The path of an array element: `$.entities` + 3 → `$.entities[3]`. */
export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** A short, single-line rendering of a value for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  // JSON.stringify gives undefined for these, which would throw below (a missing storage entry is undefined).
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return typeof value;
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Collects issues, and offers the field checks every part of the validator shares. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** Checks that `value` is an object holding only `allowed` keys and every `required` key. */
  object(
    value: unknown,
    path: string,
    required: readonly string[],
    optional: readonly string[] = [],
  ): value is JsonObject {
    if (!isJsonObject(value)) {
      this.add(path, `must be an object, got ${describe(value)}`);
      return false;
    }
    for (const key of required) {
      if (!(key in value)) this.add(memberPath(path, key), 'is required');
    }
    const known = new Set([...required, ...optional]);
    for (const key of Object.keys(value)) {
      // Unknown fields are refused so that a typo ("alias" for "aliases") is not silently ignored.
      if (!known.has(key))
        this.add(memberPath(path, key), `is not a known field (allowed: ${[...known].join(', ')})`);
    }
    return true;
  }

  /** Checks that `value` is a non-blank string of at most `maxLength` characters. */
  string(value: unknown, path: string, maxLength: number): value is string {
    if (value === undefined) return false; // already reported as missing
    if (typeof value !== 'string') {
      this.add(path, `must be a string, got ${describe(value)}`);
      return false;
    }
    if (value.trim() === '') {
      this.add(path, 'must not be empty');
      return false;
    }
    if (value.length > maxLength) {
      this.add(path, `must be at most ${maxLength} characters, got ${value.length}`);
      return false;
    }
    return true;
  }

  /** Checks a plain-text field: a non-blank string without HTML. */
  plainText(value: unknown, path: string, maxLength: number): value is string {
    if (!this.string(value, path, maxLength)) return false;
    const problem = plainTextProblem(value);
    if (problem !== undefined) this.add(path, problem);
    return problem === undefined;
  }

  /** Checks that `value` is an array with between `min` and `max` elements. */
  array(value: unknown, path: string, min = 0, max = Infinity): value is unknown[] {
    if (value === undefined) return false;
    if (!Array.isArray(value)) {
      this.add(path, `must be an array, got ${describe(value)}`);
      return false;
    }
    if (value.length < min || value.length > max) {
      const range = max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      this.add(path, `must have ${range} items, got ${value.length}`);
      return false;
    }
    return true;
  }

  /** Checks that `value` is a boolean. */
  boolean(value: unknown, path: string): value is boolean {
    if (value === undefined) return false;
    if (typeof value !== 'boolean') this.add(path, `must be true or false, got ${describe(value)}`);
    return typeof value === 'boolean';
  }
}
