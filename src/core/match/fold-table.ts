/**
 * How the scan loop sees each UTF-16 code unit: as one symbol class of the
 * automaton's alphabet (whitespace being the space symbol), as nothing, or
 * (rarely) as several symbols. Computed lazily, once per distinct code unit,
 * into a flat table.
 */
import { foldCharacter, isFoldedDiacritic, isIgnorable, isWhitespace } from './normalise';

/** Table value: not classified yet. */
export const UNKNOWN = -1;
/** Table value: soft hyphen or zero-width character; no symbol, never at a match's edge. */
export const SKIP = -2;
/** Table value: a folded diacritic; no symbol, but it belongs to the character before it. */
export const MARK = -3;
/** Table value: folds to several symbols, or is a high surrogate; see `ScanAlphabet.sequence`. */
export const COMPLEX = -4;

/** `foldCharacter` for ASCII, without building strings: capitals to small letters, the backtick to an apostrophe. */
function foldAscii(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return code === 0x60 ? 0x27 : code;
}

const foldedCharacters = new Map<string, string>();

/** `foldCharacter`, remembered: the same few letters recur in every alias. */
function foldedOnce(ch: string): string {
  let folded = foldedCharacters.get(ch);
  if (folded === undefined) {
    folded = foldCharacter(ch);
    foldedCharacters.set(ch, folded);
  }
  return folded;
}

/** The symbols (folded code units) a text folds to, whitespace runs as one space; used for alias keys. */
export function foldSymbols(text: string): string {
  let out = '';
  let wasSpace = true;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (isIgnorable(code) || isFoldedDiacritic(code)) continue;
    if (isWhitespace(code)) {
      if (!wasSpace) out += ' ';
      wasSpace = true;
      continue;
    }
    wasSpace = false;
    // ASCII by arithmetic, the rest once per character: `foldCharacter` runs several replaces and normalisations.
    out += code < 0x80 ? String.fromCharCode(foldAscii(code)) : foldedOnce(ch);
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** Maps code units to symbol classes of one automaton; class 0 is every symbol no alias uses. */
export class ScanAlphabet {
  /**
   * Code unit to table value: its symbol class when not negative (whitespace
   * is the space symbol's class), else one of the constants above.
   */
  readonly table = new Int32Array(0x10000).fill(UNKNOWN);
  readonly spaceClass: number;
  private readonly classOf: ReadonlyMap<number, number>;
  private readonly sequences = new Map<number, Int32Array>();

  /**
   * Builds the alphabet from the symbol classes (symbol code unit to class);
   * `ascii`, the table values of code units 0–127 that `asciiValues` gave for
   * the same classes, spares a page classifying them one by one.
   */
  constructor(classOf: ReadonlyMap<number, number>, ascii?: readonly number[]) {
    this.classOf = classOf;
    this.spaceClass = classOf.get(0x20) ?? 0;
    if (ascii?.length === 0x80) this.table.set(ascii);
    else for (let code = 0; code < 0x80; code++) this.classify(code);
  }

  /** The table values of code units 0–127, for a prebuilt automaton to carry. */
  asciiValues(): number[] {
    return Array.from(this.table.subarray(0, 0x80));
  }

  /** The symbol (a folded code unit) of each class, class 1 first. */
  symbols(): IterableIterator<number> {
    return this.classOf.keys();
  }

  /** Classifies a code unit and stores the result in the table. */
  classify(code: number): number {
    let value: number;
    if (isIgnorable(code)) value = SKIP;
    else if (isWhitespace(code)) value = this.spaceClass;
    else if (isFoldedDiacritic(code)) value = MARK;
    else if (code >= 0xd800 && code <= 0xdbff) value = COMPLEX;
    else if (code < 0x80) value = this.classOf.get(foldAscii(code)) ?? 0;
    else {
      const folded = foldCharacter(String.fromCharCode(code));
      if (folded.length === 1) value = this.classOf.get(folded.charCodeAt(0)) ?? 0;
      else value = folded.length === 0 ? SKIP : COMPLEX;
    }
    this.table[code] = value;
    return value;
  }

  /** The classes of the character at `index` (a code unit or a surrogate pair) that folds to several symbols. */
  sequence(text: string, index: number): Int32Array {
    const code = text.codePointAt(index) ?? 0;
    let classes = this.sequences.get(code);
    if (classes === undefined) {
      const folded = foldCharacter(String.fromCodePoint(code));
      classes = new Int32Array(folded.length);
      for (let k = 0; k < folded.length; k++) {
        classes[k] = this.classOf.get(folded.charCodeAt(k)) ?? 0;
      }
      this.sequences.set(code, classes);
    }
    return classes;
  }
}
