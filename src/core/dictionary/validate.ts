/**
 * Validates untrusted JSON as a Backstory dictionary, by hand rather than
 * with a schema library: MV3 extension pages forbid the `eval` that schema
 * compilers such as ajv rely on, and imports are checked in the options page.
 * `assets/dictionary/dictionary.schema.json` describes the same format for
 * editors and is tested against the same fixtures.
 */
import { IssueList, memberPath, type ValidationIssue } from './issues';
import type { Dictionary } from './types';
import { checkEntity, checkKebab } from './validate-entity';
import { checkKept } from './validate-kept';
import { checkLinks } from './validate-links';
import { checkStory } from './validate-story';

export type { ValidationIssue } from './issues';
export { aliasTextProblem, overBroadAliasReason } from './alias-rules';

/** The outcome of validating a dictionary. */
export type ValidationResult =
  { ok: true; dictionary: Dictionary } | { ok: false; issues: ValidationIssue[] };

/** The largest dictionary file an import accepts, in bytes (5 MB). */
export const MAX_DICTIONARY_BYTES = 5 * 1024 * 1024;

function entityIds(entities: unknown): Set<string> {
  if (!Array.isArray(entities)) return new Set();
  return new Set(
    entities.flatMap((e: unknown) =>
      typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string'
        ? [(e as { id: string }).id]
        : [],
    ),
  );
}

/** Checks `json` against the dictionary format and reports every problem with its JSON path. */
export function validateDictionary(json: unknown): ValidationResult {
  const list = new IssueList();
  // `$schema` lets editors find dictionary.schema.json; the extension ignores it.
  if (list.object(json, '$', ['schemaVersion', 'id', 'name', 'entities'], ['story', 'kept', '$schema'])) {
    if (json.$schema !== undefined) list.string(json.$schema, memberPath('$', '$schema'), 500);
    if (json.schemaVersion !== undefined && json.schemaVersion !== 1) {
      list.add(
        '$.schemaVersion',
        `must be 1 (the only format version this code reads), got ${JSON.stringify(json.schemaVersion)}`,
      );
    }
    checkKebab(list, json.id, '$.id');
    list.plainText(json.name, '$.name', 200);
    if (json.story !== undefined) checkStory(list, json.story, '$.story');
    if (list.array(json.entities, '$.entities')) {
      // A reader's story (with `kept`) may leave role and background empty: nobody wrote them.
      const isFollowed = json.kept !== undefined;
      json.entities.forEach((entity, i) => {
        checkEntity(list, entity, `$.entities[${i}]`, isFollowed);
      });
      checkLinks(list, json.entities);
    }
    if (json.kept !== undefined) checkKept(list, json.kept, '$.kept', entityIds(json.entities));
  }
  // Every field has been checked above, so the cast states what the checks established.
  return list.issues.length === 0
    ? { ok: true, dictionary: json as Dictionary }
    : { ok: false, issues: list.issues };
}

/** A file size as the validator and the import check word it: "900 bytes", "12 KB", "2.5 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Validates the text of a dictionary file: its size, that it is JSON, then the format. */
export function validateDictionaryJsonText(
  text: string,
  maxBytes: number = MAX_DICTIONARY_BYTES,
): ValidationResult {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > maxBytes) {
    return {
      ok: false,
      issues: [
        {
          path: '$',
          message: `the file is ${formatSize(bytes)}; a dictionary may be at most ${formatSize(maxBytes)}`,
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '$', message: `the file is not valid JSON (${reason})` }] };
  }
  return validateDictionary(json);
}

/** Formats issues one a line, path first, for build output and error messages. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}
