import { describe, expect, it } from 'vitest';
import { speakingDictionaries, STORY_GATE_RULE, type GateMention } from '../../../src/core/gate/story-gate';

const m = (entityId: string, type: string, dictionaryId = 'story'): GateMention => ({
  dictionaryId,
  entityId,
  type,
});

describe('speakingDictionaries (the default rule: two names of the story, one a person, event or project, or two not places)', () => {
  it.each<[string, GateMention[], boolean]>([
    ['no mention', [], false],
    ['one country, named often', [m('us', 'place'), m('us', 'place'), m('us', 'place')], false],
    ['countries alone, however many', [m('us', 'place'), m('china', 'place'), m('iran', 'place')], false],
    ['a union and a country', [m('eu', 'organisation'), m('us', 'place')], false],
    ['one organisation named twice', [m('sco', 'organisation'), m('sco', 'organisation')], false],
    ['a person and an organisation', [m('putin', 'person'), m('sco', 'organisation')], true],
    ['a person and a place', [m('putin', 'person'), m('dushanbe', 'place')], true],
    ['a person alone, named often', [m('putin', 'person'), m('putin', 'person')], false],
    ['two organisations', [m('sco', 'organisation'), m('csto', 'organisation')], true],
    ['an event and a project', [m('summit', 'event'), m('rogun', 'project'), m('us', 'place')], true],
    ['types of their own count as not places', [m('x', 'vessel'), m('y', 'treaty')], true],
  ])('%s → %s', (_, mentions, speaks) => {
    expect(speakingDictionaries(mentions).has('story')).toBe(speaks);
  });

  it('decides per dictionary', () => {
    const out = speakingDictionaries([
      m('a', 'person', 'one'),
      m('b', 'event', 'one'),
      m('a', 'person', 'two'),
      m('a', 'person', 'two'),
      m('c', 'place', 'three'),
    ]);
    expect([...out]).toEqual(['one']);
  });

  it('always lets through the dictionaries it is told to (the article’s own names)', () => {
    expect([...speakingDictionaries([m('x', 'place', 'article')], new Set(['article']))]).toEqual([
      'article',
    ]);
  });

  it('takes another rule', () => {
    const mentions = [m('us', 'place'), m('china', 'place')];
    const rule = { ...STORY_GATE_RULE, minNonPlaces: 0 };
    expect(speakingDictionaries(mentions, new Set(), rule).has('story')).toBe(true);
  });
});

describe('a reader’s own story (followed)', () => {
  const followed = new Set(['mine']);
  it.each<[string, GateMention[], boolean]>([
    ['one person of it', [m('solberg', 'person', 'mine')], true],
    ['one organisation of it', [m('union', 'organisation', 'mine')], true],
    ['a country alone, named often', [m('us', 'place', 'mine'), m('us', 'place', 'mine')], false],
    ['nothing of it', [m('solberg', 'person', 'other')], false],
  ])('%s → %s', (_, mentions, speaks) => {
    expect(speakingDictionaries(mentions, new Set(), STORY_GATE_RULE, followed).has('mine')).toBe(speaks);
  });

  it('asks the same one person of a written dictionary as before: not enough', () => {
    expect(speakingDictionaries([m('solberg', 'person', 'mine')]).has('mine')).toBe(false);
  });
});
