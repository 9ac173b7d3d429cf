/**
 * Validates untrusted JSON as a Backstory dictionary.
 * PLACEHOLDER signature: the dictionary helper replaces the body.
 */
import type { Dictionary } from './types';

/** One problem found in a dictionary, located by JSON path ("$.entities[3].aliases[0].text"). */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** The outcome of validating a dictionary. */
export type ValidationResult =
  { ok: true; dictionary: Dictionary } | { ok: false; issues: ValidationIssue[] };

/** Checks `json` against the dictionary format. */
export function validateDictionary(json: unknown): ValidationResult {
  return { ok: true, dictionary: json as Dictionary };
}

/** Formats issues one a line, path first, for build output and error messages. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}
