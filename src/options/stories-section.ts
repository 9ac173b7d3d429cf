/**
 * The reader's own stories (kept with "Keep these names" in the popup): each
 * can be renamed, lose an entity, have one entity merged into another, be
 * exported as the dictionary file the import reads back equal, or deleted.
 * A change that does not fit in storage is refused whole, said plainly.
 */
import type { Dictionary } from '../core/dictionary/types';
import { exportStory, isFollowedStory, mergeEntities, removeEntity, renameStory } from '../core/story/edit';
import {
  DictionaryStoreError,
  removeImportedDictionary,
  saveImportedDictionary,
} from '../shared/dictionaries';
import { byId, type OptionsContext, type Section } from './context';
import { exportFileName } from './dictionaries-section';

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<Record<'className' | 'textContent', string>> = {},
  data: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  Object.assign(node, props);
  Object.assign(node.dataset, data);
  return node;
}

/** A control labelled for screen readers with what it acts on ("Remove: Tomas Brekke"); a button shows `text`. */
function control<K extends 'button' | 'input' | 'select'>(
  doc: Document,
  tag: K,
  label: string,
  data: Record<string, string>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = el(doc, tag, text === undefined ? {} : { textContent: text }, data);
  if (node instanceof HTMLButtonElement) node.type = 'button';
  node.setAttribute('aria-label', text === undefined ? label : `${text}: ${label}`);
  return node;
}

/** Mounts the stories list. */
export function mountStoriesSection(ctx: OptionsContext): Section {
  const { doc, deps } = ctx;
  const { t } = deps;
  const list = byId(doc, 'stories', HTMLOListElement);
  const empty = byId(doc, 'stories-empty', HTMLParagraphElement);
  const abort = new AbortController();

  const entityRow = (story: Dictionary, entityId: string, name: string): HTMLLIElement => {
    const item = el(doc, 'li', { className: 'story-entity' }, { entity: entityId });
    const data = { id: story.id, entity: entityId };
    item.append(
      el(doc, 'span', { className: 'name', textContent: name }),
      control(doc, 'button', name, { ...data, action: 'remove-entity' }, t('optionsStoryRemoveEntity')),
    );
    if (story.entities.length < 2) return item;
    const into = control(doc, 'select', `${t('optionsStoryMergeInto')}: ${name}`, { role: 'merge-into' });
    for (const other of story.entities)
      if (other.id !== entityId)
        into.append(Object.assign(el(doc, 'option', { textContent: other.name }), { value: other.id }));
    item.append(into, control(doc, 'button', name, { ...data, action: 'merge' }, t('optionsStoryMerge')));
    return item;
  };

  const storyRow = (story: Dictionary): HTMLLIElement => {
    const item = el(doc, 'li', { className: 'story' }, { id: story.id });
    const name = control(doc, 'input', t('optionsStoryName'), { role: 'name', id: story.id });
    name.value = story.name;
    const button = (action: string, key: string): HTMLButtonElement =>
      control(doc, 'button', story.name, { action, id: story.id }, t(key));
    const head = el(doc, 'div', { className: 'story-head' });
    head.append(name, button('rename', 'optionsStoryRename'));
    const entities = el(doc, 'ul', { className: 'story-entities' });
    entities.append(...story.entities.map((e) => entityRow(story, e.id, e.name)));
    const actions = el(doc, 'div', { className: 'story-actions' });
    actions.append(button('export', 'optionsStoryExport'), button('delete', 'optionsStoryDelete'));
    const counts = [String(story.entities.length), String(story.kept?.length ?? 0)];
    item.append(
      head,
      el(doc, 'p', { className: 'meta', textContent: t('optionsStoryMeta', counts) }),
      entities,
      actions,
    );
    return item;
  };

  const save = async (story: Dictionary, done: string): Promise<void> => {
    await saveImportedDictionary(story, { bundledId: deps.bundled.id, replace: true });
    await ctx.reloadDictionaries();
    ctx.status(done);
  };

  const act = async (target: HTMLElement): Promise<void> => {
    const { action, id, entity } = target.dataset;
    const story = ctx.state().imported.find((d) => d.id === id);
    if (story === undefined || action === undefined) return;
    const nameOf = (entityId: string | undefined): string =>
      story.entities.find((e) => e.id === entityId)?.name ?? '';
    const row = target.closest('li');
    if (action === 'rename') {
      const input = row?.querySelector<HTMLInputElement>('[data-role="name"]');
      const next = renameStory(story, input?.value ?? '');
      await save(next, t('optionsStoryRenamed', next.name));
    } else if (action === 'remove-entity' && entity !== undefined) {
      await save(removeEntity(story, entity), t('optionsStoryEntityRemoved', nameOf(entity)));
    } else if (action === 'merge' && entity !== undefined) {
      const into = row?.querySelector<HTMLSelectElement>('[data-role="merge-into"]')?.value;
      if (into === undefined || into === '') return;
      await save(mergeEntities(story, into, entity), t('optionsStoryMerged', [nameOf(entity), nameOf(into)]));
    } else if (action === 'export') {
      deps.download(exportFileName(story), new Blob([exportStory(story)], { type: 'application/json' }));
    } else if (action === 'delete') {
      await removeImportedDictionary(story.id);
      await ctx.reloadDictionaries();
      ctx.status(t('optionsStoryDeleted', story.name));
    }
  };

  list.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof HTMLButtonElement ? event.target : null;
      if (target === null) return;
      act(target).catch((error: unknown) => {
        // Nothing was written: storage.local.set changes all of a story or none of it.
        if (error instanceof DictionaryStoreError && error.code === 'quota')
          ctx.status(t('optionsStoryQuota'));
        else ctx.status(t('optionsStorageError', error instanceof Error ? error.message : String(error)));
      });
    },
    { signal: abort.signal },
  );

  return {
    render(state) {
      const stories = state.imported.filter(isFollowedStory);
      list.replaceChildren(...stories.map(storyRow));
      empty.hidden = stories.length > 0;
    },
    teardown: () => {
      abort.abort();
    },
  };
}
