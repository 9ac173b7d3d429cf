/**
 * Checks a dictionary file before anything is stored: its size first (a
 * huge file is refused without being read), then JSON, then the format,
 * with the same validator the build and `npm run dict -- check` use.
 */
// The size is worded as the validator words it, so both refusals read alike.
import {
  formatSize,
  MAX_DICTIONARY_BYTES,
  validateDictionaryJsonText,
  type ValidationIssue,
  type ValidationResult,
} from '../core/dictionary/validate';

/** The part of a File the check needs. */
export interface FileLike {
  name: string;
  size: number;
  text: () => Promise<string>;
}

/** Validates a dictionary file completely; nothing is stored here. */
export async function checkDictionaryFile(
  file: FileLike,
  maxBytes: number = MAX_DICTIONARY_BYTES,
): Promise<ValidationResult> {
  if (file.size > maxBytes) {
    const issue: ValidationIssue = {
      path: '$',
      message: `the file is ${formatSize(file.size)}; a dictionary may be at most ${formatSize(maxBytes)}`,
    };
    return { ok: false, issues: [issue] };
  }
  return validateDictionaryJsonText(await file.text(), maxBytes);
}
