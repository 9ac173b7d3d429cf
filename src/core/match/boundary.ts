/**
 * Whole-word checks at the edges of a candidate match, in the original text.
 * Only hits reach this code, so it may be careful rather than fast.
 */
import { isIgnorable, isWhitespace } from './normalise';

const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}_]$/u;
/** How far back the URL check looks. */
const CHUNK_LIMIT = 256;

/** Whether a code unit is an apostrophe: straight, backtick, curly or modifier letter. */
const isApostrophe = (code: number): boolean =>
  code === 0x27 || code === 0x60 || code === 0x2018 || code === 0x2019 || code === 0x2bc;

/** Whether the code point at `index` is a letter, digit, mark or underscore. */
function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x5f
    );
  }
  let start = index;
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
    const high = text.charCodeAt(index - 1);
    if (high >= 0xd800 && high <= 0xdbff) start = index - 1;
  }
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(start) ?? code));
}

/** The index of the nearest visible character before `index`, skipping soft hyphens and zero-width characters. */
function visibleBefore(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isIgnorable(text.charCodeAt(i))) i--;
  return i;
}

/** The index of the nearest visible character at or after `index`. */
function visibleFrom(text: string, index: number): number {
  let i = index;
  while (i < text.length && isIgnorable(text.charCodeAt(i))) i++;
  return i;
}

/** Whether a match may start at `start`: no letter or digit before it, and not inside a URL or address. */
export function isLeftBoundary(text: string, start: number): boolean {
  const before = visibleBefore(text, start);
  if (before < 0) return true;
  if (isWhitespace(text.charCodeAt(before))) return true;
  if (isWordAt(text, before)) return false;
  let chunkStart = before;
  while (
    chunkStart > 0 &&
    before - chunkStart < CHUNK_LIMIT &&
    !isWhitespace(text.charCodeAt(chunkStart - 1))
  ) {
    chunkStart--;
  }
  // The first characters of the name are included, so that "example.com" and "www.sco" both show as domains.
  return !looksLikeAddress(text, chunkStart, Math.min(text.length, start + 2));
}

/**
 * Whether the text glued before a name (plus the name's first characters)
 * looks like a URL, a path or an e-mail address: a scheme's "://", a leading
 * slash, an "@", or a domain-like "x.yz". A loop rather than a regular
 * expression: Unicode-aware expressions are costly to compile on every page.
 */
function looksLikeAddress(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x40) return true;
    if (code === 0x2f && (i === from || text.startsWith('://', i - 1))) return true;
    const isDomainDot = code === 0x2e && i > from && i + 2 < to;
    if (isDomainDot && isWordAt(text, i - 1) && isWordAt(text, i + 1) && isWordAt(text, i + 2)) return true;
  }
  return false;
}

/** Whether a match may end at `end`: no letter or digit after it, and not the start of a domain or address. */
function isRightBoundary(text: string, end: number): boolean {
  const after = visibleFrom(text, end);
  if (after >= text.length) return true;
  const code = text.charCodeAt(after);
  if (code === 0x40) return false;
  if (code === 0x2e) {
    const next = visibleFrom(text, after + 1);
    return next >= text.length || !isWordAt(text, next);
  }
  return !isWordAt(text, after);
}

/**
 * Where a mention that matched up to `end` ends: past a possessive ('s, ’s,
 * `s) when one follows, else at `end`; -1 when a letter or digit follows.
 */
export function mentionEnd(text: string, end: number): number {
  const apostrophe = visibleFrom(text, end);
  if (apostrophe < text.length && isApostrophe(text.charCodeAt(apostrophe))) {
    const s = visibleFrom(text, apostrophe + 1);
    const code = text.charCodeAt(s);
    if ((code === 0x73 || code === 0x53) && isRightBoundary(text, s + 1)) return s + 1;
    return end;
  }
  return isRightBoundary(text, end) ? end : -1;
}
