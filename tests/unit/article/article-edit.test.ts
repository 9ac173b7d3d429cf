/** The reader's edits of an article's names: applied, the automaton rebuilt to match, checked as message params. */
import { describe, expect, test } from 'vitest';
import { applyArticleEdits, canApply, isArticleEdit } from '../../../src/core/article/article-edit';
import { articleNames } from '../../../src/core/article/article-names';
import { createMatchState, findMentions, loadMatcher } from '../../../src/core/match';

const TEXT = [
  'Harbour workers in Valdmark walked out on Monday, said Ingrid Solberg, the union’s chief negotiator.',
  'Solberg met Tomas Brekke, the port director, at the harbour office.',
  'Brekke said the talks with Solberg would go on.',
].join('\n\n');

const drawn = articleNames(
  { url: 'http://127.0.0.1/a', title: 'Strike', site: null, published: null, text: TEXT },
  [],
);

/** The entity ids the names' own automaton finds in `TEXT`. */
function found(names: typeof drawn): string[] {
  return findMentions(TEXT, loadMatcher(names.prebuilt), createMatchState()).map((m) => m.entityId);
}

const typeOf = (names: typeof drawn, id: string): string | undefined =>
  names.dictionary.entities.find((e) => e.id === id)?.type;

describe('applyArticleEdits', () => {
  test('the draw names both people, with notes that say who appears with whom', () => {
    expect(found(drawn)).toEqual(expect.arrayContaining(['article-ingrid-solberg', 'article-tomas-brekke']));
    expect(drawn.notes.find((n) => n.entityId === 'article-ingrid-solberg')?.with).toContain('Tomas Brekke');
  });

  test('a removed name is gone from the dictionary, the automaton and the notes', () => {
    const edited = applyArticleEdits(drawn, [{ kind: 'remove', entityId: 'article-tomas-brekke' }]);
    expect(edited.dictionary.entities.map((e) => e.id)).not.toContain('article-tomas-brekke');
    expect(found(edited)).not.toContain('article-tomas-brekke');
    expect(found(edited)).toContain('article-ingrid-solberg');
    expect(edited.notes.map((n) => n.entityId)).not.toContain('article-tomas-brekke');
    expect(edited.notes.find((n) => n.entityId === 'article-ingrid-solberg')?.with).not.toContain(
      'Tomas Brekke',
    );
    // The names it came from are not changed.
    expect(found(drawn)).toContain('article-tomas-brekke');
  });

  test('a retyped name keeps its mentions under its new type', () => {
    const edited = applyArticleEdits(drawn, [
      { kind: 'retype', entityId: 'article-ingrid-solberg', type: 'organisation' },
    ]);
    expect(typeOf(edited, 'article-ingrid-solberg')).toBe('organisation');
    expect(typeOf(drawn, 'article-ingrid-solberg')).toBe('person');
    expect(found(edited)).toEqual(found(drawn));
  });

  test('edits of names it does not have are skipped; none at all give the same names back', () => {
    const edited = applyArticleEdits(drawn, [
      { kind: 'remove', entityId: 'article-nobody' },
      { kind: 'retype', entityId: 'article-tomas-brekke', type: 'place' },
      { kind: 'remove', entityId: 'article-tomas-brekke' },
      { kind: 'retype', entityId: 'article-tomas-brekke', type: 'person' },
    ]);
    expect(edited.dictionary.entities.map((e) => e.id)).not.toContain('article-tomas-brekke');
    expect(applyArticleEdits(drawn, [{ kind: 'remove', entityId: 'article-nobody' }])).toBe(drawn);
    expect(canApply(drawn, { kind: 'remove', entityId: 'article-nobody' })).toBe(false);
    expect(canApply(drawn, { kind: 'remove', entityId: 'article-tomas-brekke' })).toBe(true);
  });
});

describe('isArticleEdit', () => {
  test.each<[unknown, boolean]>([
    [{ kind: 'remove', entityId: 'a' }, true],
    [{ kind: 'retype', entityId: 'a', type: 'place' }, true],
    [{ kind: 'retype', entityId: 'a', type: 'event' }, false],
    [{ kind: 'retype', entityId: 'a' }, false],
    [{ kind: 'rename', entityId: 'a' }, false],
    [{ kind: 'remove' }, false],
    [{ kind: 'remove', entityId: 3 }, false],
    [null, false],
    ['remove', false],
  ])('%j: %s', (value, expected) => {
    expect(isArticleEdit(value)).toBe(expected);
  });
});
