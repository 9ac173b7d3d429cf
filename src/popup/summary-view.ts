/**
 * The "Summary" section: three to five of the article's own sentences, or a
 * sentence saying why there is no summary. While it is computed, skeleton
 * lines hold the space it will take, so nothing jumps.
 */
import { h, type Child } from './dom';
import type { Translate } from '../shared/i18n';
import type { SummaryState } from './model';

const SKELETON_LINES = 5;

/** Placeholder lines the size of a short summary. */
export function skeleton(lines = SKELETON_LINES): HTMLElement {
  return h(
    'div',
    { class: 'skeleton', 'aria-hidden': 'true' },
    Array.from({ length: lines }, () => h('span', { class: 'skeleton-line' })),
  );
}

const NOTICE_KEYS: Record<Exclude<SummaryState['kind'], 'loading' | 'summary'>, string> = {
  unavailable: 'popupSummaryUnavailable',
  'not-article': 'popupSummaryNotArticle',
  'too-large': 'popupSummaryTooLarge',
  'too-short': 'popupSummaryTooShort',
  failed: 'popupSummaryFailed',
};

/** The content of the "Summary" section for `state`. */
export function renderSummary(state: SummaryState, t: Translate): Child[] {
  switch (state.kind) {
    case 'loading':
      return [h('p', { class: 'visually-hidden' }, [t('popupSummaryLoading')]), skeleton()];
    case 'summary':
      return [
        h(
          'ul',
          { class: 'summary-sentences' },
          state.sentences.map((s) => h('li', {}, [s])),
        ),
        h('p', { class: 'note' }, [t('popupSummaryNote')]),
      ];
    default:
      return [h('p', { class: 'notice' }, [t(NOTICE_KEYS[state.kind])])];
  }
}
