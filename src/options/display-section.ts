/**
 * How mentions look: entity types shown, highlight style, every mention or
 * the first, the article's own names, hover delay, and the reset button. Each change is stored at once.
 */
import { KNOWN_ENTITY_TYPES } from '../core/dictionary/types';
import { DEFAULT_SETTINGS, type HighlightStyle, type Settings } from '../core/settings';
import { byId, type OptionsContext, type PageState, type Section } from './context';

const TYPE_LABELS: Readonly<Record<string, string>> = {
  person: 'optionsTypePerson',
  place: 'optionsTypePlace',
  organisation: 'optionsTypeOrganisation',
  event: 'optionsTypeEvent',
  project: 'optionsTypeProject',
};

/** Every type the installed dictionaries use, the known ones first. */
export function entityTypes(state: PageState, bundledTypes: readonly string[]): string[] {
  const used = [...bundledTypes, ...state.imported.flatMap((d) => d.entities.map((e) => e.type))];
  return [...new Set<string>([...KNOWN_ENTITY_TYPES, ...used.sort()])];
}

function radios(doc: Document, name: string): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
}

/** Mounts the display settings. */
export function mountDisplaySection(ctx: OptionsContext): Section {
  const { doc, deps } = ctx;
  const types = byId(doc, 'types', HTMLDivElement);
  const delay = byId(doc, 'hover-delay', HTMLInputElement);
  const delayValue = byId(doc, 'hover-delay-value', HTMLOutputElement);
  const reset = byId(doc, 'reset', HTMLButtonElement);
  const articleNames = byId(doc, 'article-names', HTMLInputElement);
  const bundledTypes = deps.bundled.entities.map((e) => e.type);
  const abort = new AbortController();
  const { signal } = abort;
  let shownTypes = '';

  const renderTypes = (state: PageState): void => {
    const list = entityTypes(state, bundledTypes);
    // Rebuild only when the set of types changes, so focus stays on the box the user just ticked.
    if (list.join() !== shownTypes) {
      shownTypes = list.join();
      types.replaceChildren(
        ...list.map((type) => {
          const label = doc.createElement('label');
          const box = doc.createElement('input');
          box.type = 'checkbox';
          box.value = type;
          const key = TYPE_LABELS[type];
          label.append(box, ' ', key === undefined ? type : deps.t(key));
          return label;
        }),
      );
    }
    for (const box of types.querySelectorAll('input'))
      box.checked = !state.settings.hiddenTypes.includes(box.value);
  };

  types.addEventListener(
    'change',
    (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement)) return;
      void ctx.update((s) => {
        const others = s.hiddenTypes.filter((t) => t !== box.value);
        return { ...s, hiddenTypes: box.checked ? others : [...others, box.value] };
      });
    },
    { signal },
  );
  for (const radio of radios(doc, 'highlightStyle')) {
    radio.addEventListener(
      'change',
      () => void ctx.update((s) => ({ ...s, highlightStyle: radio.value as HighlightStyle })),
      { signal },
    );
  }
  for (const radio of radios(doc, 'mentionScope')) {
    radio.addEventListener(
      'change',
      () => void ctx.update((s) => ({ ...s, mentionScope: radio.value === 'first' ? 'first' : 'all' })),
      { signal },
    );
  }
  articleNames.addEventListener(
    'change',
    () => void ctx.update((s) => ({ ...s, articleNames: articleNames.checked })),
    { signal },
  );
  delay.addEventListener(
    'input',
    () => {
      delayValue.textContent = deps.t('optionsDelayValue', delay.value);
    },
    { signal },
  );
  // Stored on release ("change"), not on every step of the slider: storage.sync limits writes per minute.
  delay.addEventListener(
    'change',
    () => void ctx.update((s) => ({ ...s, hoverDelayMs: Number(delay.value) })),
    { signal },
  );
  reset.addEventListener(
    'click',
    () => {
      void ctx
        .update((s): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), version: s.version }))
        .then(() => {
          ctx.status(deps.t('optionsResetDone'));
        });
    },
    { signal },
  );

  return {
    render(state) {
      renderTypes(state);
      for (const radio of radios(doc, 'highlightStyle'))
        radio.checked = radio.value === state.settings.highlightStyle;
      for (const radio of radios(doc, 'mentionScope'))
        radio.checked = radio.value === state.settings.mentionScope;
      articleNames.checked = state.settings.articleNames;
      delay.value = String(state.settings.hoverDelayMs);
      delayValue.textContent = deps.t('optionsDelayValue', String(state.settings.hoverDelayMs));
    },
    teardown: () => {
      abort.abort();
    },
  };
}
