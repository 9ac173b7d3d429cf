/**
 * The installed dictionaries in precedence order: the bundled one first, then
 * imports in import order. Each can be enabled or disabled and exported;
 * imported ones can be removed.
 */
import type { Dictionary } from '../core/dictionary/types';
import { removeImportedDictionary, withDictionaryEnabled } from '../shared/dictionaries';
import { byId, type OptionsContext, type PageState, type Section } from './context';

/** The file an exported dictionary is saved as. */
export function exportFileName(dictionary: Dictionary): string {
  return `${dictionary.id}.json`;
}

function button(doc: Document, action: string, id: string, text: string, label: string): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.dataset.action = action;
  element.dataset.id = id;
  element.textContent = text;
  element.setAttribute('aria-label', `${text}: ${label}`);
  return element;
}

/** Mounts the dictionary list. */
export function mountDictionariesSection(ctx: OptionsContext): Section {
  const { doc, deps } = ctx;
  const list = byId(doc, 'dictionaries', HTMLOListElement);
  const abort = new AbortController();
  const all = (): Dictionary[] => [deps.bundled, ...ctx.state().imported];

  const row = (dictionary: Dictionary, isBundled: boolean, state: PageState): HTMLLIElement => {
    const item = doc.createElement('li');
    item.dataset.id = dictionary.id;
    const name = doc.createElement('span');
    name.className = 'name';
    name.textContent = dictionary.name;
    const meta = doc.createElement('span');
    meta.className = 'meta';
    meta.textContent = [
      dictionary.id,
      deps.t(isBundled ? 'optionsDictionaryBundled' : 'optionsDictionaryImported'),
      deps.t('optionsDictionaryEntities', String(dictionary.entities.length)),
    ].join(' · ');
    const toggle = doc.createElement('label');
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.dataset.action = 'toggle';
    box.dataset.id = dictionary.id;
    box.checked = !state.settings.disabledDictionaries.includes(dictionary.id);
    box.setAttribute('aria-label', `${deps.t('optionsDictionaryEnabled')}: ${dictionary.name}`);
    toggle.append(box, ' ', deps.t('optionsDictionaryEnabled'));
    item.append(
      name,
      meta,
      toggle,
      button(doc, 'export', dictionary.id, deps.t('optionsDictionaryExport'), dictionary.name),
    );
    if (!isBundled)
      item.append(button(doc, 'remove', dictionary.id, deps.t('optionsDictionaryRemove'), dictionary.name));
    return item;
  };

  const act = async (action: string, id: string, target: HTMLElement): Promise<void> => {
    const dictionary = all().find((d) => d.id === id);
    if (!dictionary) return;
    if (action === 'export') {
      deps.download(
        exportFileName(dictionary),
        new Blob([`${JSON.stringify(dictionary, null, 2)}\n`], { type: 'application/json' }),
      );
    } else if (action === 'toggle' && target instanceof HTMLInputElement) {
      await ctx.update((s) => withDictionaryEnabled(s, id, target.checked));
    } else if (action === 'remove' && dictionary !== deps.bundled) {
      await removeImportedDictionary(id);
      await ctx.reloadDictionaries();
      ctx.status(deps.t('optionsDictionaryRemoved', dictionary.name));
    }
  };

  const onEvent = (event: Event): void => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    const action = target?.dataset.action;
    const id = target?.dataset.id;
    // Checkboxes act on "change", buttons on "click"; each event is handled once.
    if (!target || action === undefined || id === undefined) return;
    if ((action === 'toggle') !== (event.type === 'change')) return;
    act(action, id, target).catch((error: unknown) => {
      ctx.status(deps.t('optionsStorageError', error instanceof Error ? error.message : String(error)));
    });
  };
  list.addEventListener('click', onEvent, { signal: abort.signal });
  list.addEventListener('change', onEvent, { signal: abort.signal });

  return {
    render(state) {
      const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement.dataset : undefined;
      list.replaceChildren(
        row(deps.bundled, true, state),
        ...state.imported.map((d) => row(d, false, state)),
      );
      // Re-rendering replaces the rows: give focus back to the control the user was on.
      if (focused?.action !== undefined && focused.id !== undefined) {
        // Ids are kebab-case (the validator checks), so they need no escaping in a selector.
        list
          .querySelector<HTMLElement>(`[data-action="${focused.action}"][data-id="${focused.id}"]`)
          ?.focus();
      }
    },
    teardown: () => {
      abort.abort();
    },
  };
}
