/**
 * The "Background" section: the dossier of each story whose dictionary the
 * page mentions (its summary points, timeline and key figures), attributed
 * to the article it is drawn from.
 */
import type { Dictionary, Story } from '../core/dictionary/types';
import { h, type Child } from './dom';
import { formatStoryDate } from './dates';
import type { Translate } from '../shared/i18n';
import type { PopupModel } from './model';

/** The dictionaries with a story that the page mentions, in installation order. */
export function storiesFor(model: PopupModel): { dictionary: Dictionary; story: Story }[] {
  const found = model.state?.inactive === null ? model.state.findings : null;
  const ids = new Set(found?.entities.map((e) => e.dictionaryId) ?? []);
  return model.dictionaries.flatMap((dictionary) =>
    dictionary.story && ids.has(dictionary.id) ? [{ dictionary, story: dictionary.story }] : [],
  );
}

function storyBlock(story: Story, t: Translate): HTMLElement {
  const published = formatStoryDate(story.published);
  return h('article', { class: 'story' }, [
    h('h3', { class: 'story-title' }, [story.title]),
    h('p', { class: 'attribution' }, [
      t('popupDossierAttribution', [story.author, story.publisher]),
      ' · ',
      h('time', { datetime: story.published }, [published]),
    ]),
    h('h4', {}, [t('popupDossierPoints')]),
    h(
      'ul',
      { class: 'story-points' },
      story.summary.map((point) => h('li', {}, [point])),
    ),
    story.timeline.length > 0 ? h('h4', {}, [t('popupDossierTimeline')]) : null,
    story.timeline.length > 0
      ? h(
          'ol',
          { class: 'timeline' },
          story.timeline.map((entry) =>
            h('li', {}, [
              h('time', { datetime: entry.date }, [formatStoryDate(entry.date)]),
              ' ',
              h('span', {}, [entry.event]),
            ]),
          ),
        )
      : null,
    story.figures.length > 0 ? h('h4', {}, [t('popupDossierFigures')]) : null,
    story.figures.length > 0
      ? h(
          'dl',
          { class: 'figures' },
          story.figures.flatMap((f) => [h('dt', {}, [f.figure]), h('dd', {}, [f.label])]),
        )
      : null,
    h('p', { class: 'note' }, [t('popupDossierSource', story.attribution)]),
  ]);
}

/** The content of the "Background" section for `model`. */
export function renderDossier(model: PopupModel, t: Translate): Child[] {
  const stories = storiesFor(model);
  if (stories.length === 0) return [h('p', { class: 'notice' }, [t('popupDossierNone')])];
  return stories.map(({ story }) => storyBlock(story, t));
}
