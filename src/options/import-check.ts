/**
 * Checks a dictionary file before anything is stored: its size first (a
 * huge file is refused without being read), then JSON, then the format,
 * with the same validator the build and `npm run dict -- check` use.
 */
import {
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

// Worded as the validator words a size, so both refusals read alike.
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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
