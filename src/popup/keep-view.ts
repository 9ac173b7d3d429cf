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

/** The control, updated with each model. */
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
  let busy = false;
  let chosen = NEW_STORY;
  let target: { tabId: number; url: string } | null = null;
  // Stories kept from this popup join the choice at once, before the model is loaded again.
  const added = new Map<string, string>();
  let stories = new Map<string, string>();

  // Built once and updated in place: the popup redraws often (each report of the tab), and a control
  // rebuilt under the reader's focus, or a live region replaced, would lose the focus or the announcement.
  const select = h('select', { id: 'keep-story' });
  const button = h('button', { type: 'button', class: 'keep-button' }, [t('popupKeepButton')]);
  const said = h('p', { class: 'keep-status', role: 'status' });
  const alert = h('p', { class: 'keep-status error', role: 'alert' });
  fill(container, [
    h('h2', { class: 'keep-heading' }, [t('popupKeepHeading')]),
    h('div', { class: 'keep-row' }, [
      h('label', { for: 'keep-story' }, [t('popupKeepInto')]),
      select,
      button,
    ]),
    said,
    alert,
  ]);

  const drawChoice = (): void => {
    for (const [id, name] of added) if (!stories.has(id)) stories.set(id, name);
    fill(select, [
      h('option', { value: NEW_STORY }, [t('popupKeepNewStory')]),
      ...[...stories].map(([id, name]) => h('option', { value: id }, [name])),
    ]);
    select.value = stories.has(chosen) ? chosen : NEW_STORY;
  };
  const say = (text: string, isError: boolean): void => {
    said.textContent = isError ? '' : text;
    alert.textContent = isError ? text : '';
  };
  const setBusy = (value: boolean): void => {
    busy = value;
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    if (value) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
  };

  select.addEventListener('change', () => {
    chosen = select.value;
  });
  button.addEventListener('click', () => {
    if (busy || target === null) return;
    setBusy(true);
    say(t('popupKeepWorking'), false);
    deps
      .keepArticle(target.tabId, target.url, chosen === NEW_STORY ? null : chosen)
      .catch((error: unknown): KeepResult => ({
        ok: false,
        reason: 'storage',
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((result) => {
        setBusy(false);
        const message = keepMessage(result, t);
        if (result.ok) {
          added.set(result.storyId, result.name);
          chosen = result.storyId;
          drawChoice();
        }
        say(message.text, message.isError);
      })
      .catch(() => undefined);
  });

  return {
    draw(model) {
      const url = model.state?.url;
      const hasArticle = model.dictionaries.some((d) => d.id === ARTICLE_DICTIONARY_ID);
      target = model.tabId === null || url === undefined || !hasArticle ? null : { tabId: model.tabId, url };
      container.hidden = target === null;
      stories = new Map(
        model.dictionaries.flatMap((d) => (d.kept === undefined ? [] : [[d.id, d.name] as const])),
      );
      drawChoice();
    },
  };
}
