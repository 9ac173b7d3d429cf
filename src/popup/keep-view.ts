/**
 * "Keep these names": on a page whose article names Backstory drew, the
 * reader keeps them into a new story of theirs or one kept before. The
 * background does the keeping from what it cached for the tab (the popup
 * sends no page data); the answer is said plainly, a full storage included.
 */
import { ARTICLE_DICTIONARY_ID } from '../core/article/limits';
import type { Translate } from '../shared/i18n';
import type { KeepResult } from '../shared/messages';
import { fill, h } from './dom';
import type { PopupModel } from './model';

/** What the control needs. */
export interface KeepDeps {
  t: Translate;
  keepArticle: (tabId: number, url: string, storyId: string | null) => Promise<KeepResult>;
}

/** The control, drawn again with each model. */
export interface KeepControl {
  draw(model: PopupModel): void;
}

const NEW_STORY = '';

/** The words for a keep's answer, and whether it is an error. */
export function keepMessage(result: KeepResult, t: Translate): { text: string; isError: boolean } {
  if (result.ok)
    return {
      text: t('popupKeepDone', [result.name, String(result.entities), String(result.articles)]),
      isError: false,
    };
  const keys: Partial<Record<typeof result.reason, string>> = {
    quota: 'popupKeepQuota',
    'no-article': 'popupKeepNoArticle',
    'no-story': 'popupKeepNoStory',
  };
  const key = keys[result.reason];
  return { text: key === undefined ? t('popupKeepFailed', result.message) : t(key), isError: true };
}

/** Mounts the control in `container` (hidden while the page has no article names). */
export function createKeepControl(container: HTMLElement, deps: KeepDeps): KeepControl {
  const { t } = deps;
  let status: { text: string; isError: boolean } | null = null;
  let busy = false;
  let chosen = NEW_STORY;
  // Stories kept from this popup join the choice at once, before the model is loaded again.
  const added = new Map<string, string>();
  let last: PopupModel | null = null;

  const keep = (tabId: number, url: string): void => {
    busy = true;
    status = { text: t('popupKeepWorking'), isError: false };
    redraw();
    deps
      .keepArticle(tabId, url, chosen === NEW_STORY ? null : chosen)
      .catch((error: unknown): KeepResult => ({
        ok: false,
        reason: 'storage',
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((result) => {
        busy = false;
        status = keepMessage(result, t);
        if (result.ok) {
          added.set(result.storyId, result.name);
          chosen = result.storyId;
        }
        redraw();
      })
      .catch(() => undefined);
  };

  function redraw(): void {
    const model = last;
    const url = model?.state?.url;
    const hasArticle = model?.dictionaries.some((d) => d.id === ARTICLE_DICTIONARY_ID) ?? false;
    container.hidden = model === null || model.tabId === null || url === undefined || !hasArticle;
    if (model === null || model.tabId === null || url === undefined || container.hidden) {
      fill(container, []);
      return;
    }
    const tabId = model.tabId;
    const stories = new Map(
      model.dictionaries.flatMap((d) => (d.kept === undefined ? [] : [[d.id, d.name] as const])),
    );
    for (const [id, name] of added) if (!stories.has(id)) stories.set(id, name);
    const select = h('select', { id: 'keep-story', disabled: busy }, [
      h('option', { value: NEW_STORY, selected: chosen === NEW_STORY }, [t('popupKeepNewStory')]),
      ...[...stories].map(([id, name]) => h('option', { value: id, selected: chosen === id }, [name])),
    ]);
    select.addEventListener('change', () => {
      chosen = select.value;
    });
    const button = h('button', { type: 'button', class: 'keep-button', disabled: busy }, [
      t('popupKeepButton'),
    ]);
    button.addEventListener('click', () => {
      keep(tabId, url);
    });
    fill(container, [
      h('h2', { class: 'keep-heading' }, [t('popupKeepHeading')]),
      h('div', { class: 'keep-row' }, [
        h('label', { for: 'keep-story' }, [t('popupKeepInto')]),
        select,
        button,
      ]),
      h(
        'p',
        {
          class: status?.isError ? 'keep-status error' : 'keep-status',
          role: status?.isError ? 'alert' : 'status',
        },
        [status?.text ?? ''],
      ),
    ]);
  }

  return {
    draw(model) {
      last = model;
      redraw();
    },
  };
}
