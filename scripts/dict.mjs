// Dictionary tools, on the same core code the extension runs.
//
//   npm run dict -- draft ARTICLE.txt [--name "Name"] [--id kebab-id] [-o draft.json]
//       proposes a dictionary from an article's plain text with the article engine (src/core/ner);
//       the dictionary goes to stdout (or FILE with -o), what to edit to stderr
//   npm run dict -- check draft.json
//       validates a dictionary file as the options page's import does; exit code 1 when invalid
import fs from 'node:fs';
import path from 'node:path';
import { loadCore } from './load-core.mjs';

/** The validator and the drafter (on the article engine), as the extension runs them. */
function loadDictTools() {
  return loadCore({
    'src/core/dictionary/validate.ts': ['validateDictionaryJsonText', 'formatIssues'],
    'src/core/ner/draft-dictionary.ts': ['draftDictionary', 'slugify'],
  });
}

/** The file's text; exits with a message when it cannot be read. */
function readOrExit(/** @type {string} */ file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    process.exit(1);
  }
}

/** @returns {never} */
function usage() {
  console.error('usage: npm run dict -- draft ARTICLE.txt [--name NAME] [--id ID] [-o FILE]');
  console.error('       npm run dict -- check DICTIONARY.json');
  process.exit(2);
}

/** The file and the flags of `draft`; an unknown flag, a flag without value or a second file is a usage error. */
function parseDraftArgs(/** @type {string[]} */ args) {
  /** @type {{ file?: string, name?: string, id?: string, out?: string }} */
  const parsed = {};
  const flags = { '--name': 'name', '--id': 'id', '-o': 'out', '--output': 'out' };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg in flags) {
      const value = args[i + 1];
      if (value === undefined) {
        console.error(`${arg} needs a value`);
        usage();
      }
      parsed[flags[arg]] = value;
      i += 1;
    } else if (arg.startsWith('-') || parsed.file !== undefined) {
      console.error(`unknown argument: ${arg}`);
      usage();
    } else parsed.file = arg;
  }
  return parsed;
}

/**
 * @param {{ id: string, entities: { type: unknown }[] }} dictionary
 * @param {{ entityId: string, hasRoleFromText: boolean }[]} notes
 */
function summarise(dictionary, notes) {
  /** @type {Map<string, number>} */
  const byType = new Map();
  for (const e of dictionary.entities) byType.set(String(e.type), (byType.get(String(e.type)) ?? 0) + 1);
  const counts = [...byType].map(([type, n]) => `${n} ${type}`).join(', ');
  const guessed = notes.filter((n) => !n.hasRoleFromText).map((n) => n.entityId);
  return [
    `drafted ${dictionary.entities.length} entities (${counts}) into "${dictionary.id}"`,
    'before importing it, edit each entity:',
    '  - delete what is not an entity worth explaining, and fix any wrong "type"',
    '  - "role": the part it plays, dated ("Prime Minister of Russia (2008–2012)"); roles read from the text are a start',
    '  - "background": replace the article sentence it holds with 1 to 3 neutral sentences of established background',
    '  - "aliases": add other spellings; surnames are "after-full-name"; acronyms stay case-sensitive',
    `roles guessed from the type only (no role in the text): ${guessed.join(', ') || 'none'}`,
    'then run: npm run dict -- check FILE.json',
  ].join('\n');
}

/** @param {string[]} args */
async function draft(args) {
  const options = parseDraftArgs(args);
  const file = options.file;
  if (!file) usage();
  const core = await loadDictTools();
  const base = path.basename(file).replace(/\.[^.]+$/u, '');
  const name = options.name ?? `Draft from ${base}`;
  const id = options.id ?? `draft-${core.slugify(base) || 'article'}`;
  const text = readOrExit(file);
  const { dictionary, notes } = core.draftDictionary(text, { id, name });
  const json = `${JSON.stringify(dictionary, null, 2)}\n`;
  if (options.out === undefined) process.stdout.write(json);
  else fs.writeFileSync(options.out, json);
  console.error(summarise(dictionary, notes));
  const checked = core.validateDictionaryJsonText(json);
  if (!checked.ok) {
    console.error(`the draft does not pass the validator yet:\n${core.formatIssues(checked.issues)}`);
    process.exitCode = 1;
  }
}

/** @param {string[]} args */
async function check(args) {
  const file = args[0];
  if (!file) usage();
  const core = await loadDictTools();
  const text = readOrExit(file);
  const checked = core.validateDictionaryJsonText(text);
  if (checked.ok) {
    console.log(
      `${file}: valid dictionary "${checked.dictionary.id}" with ${checked.dictionary.entities.length} entities`,
    );
    return;
  }
  console.error(
    `${file}: invalid dictionary (${checked.issues.length} problems)\n${core.formatIssues(checked.issues)}`,
  );
  process.exitCode = 1;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'draft') await draft(rest);
else if (command === 'check') await check(rest);
else usage();
