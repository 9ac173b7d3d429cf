/**
 * Importing a dictionary file: checked completely, then stored in one write;
 * a refused file leaves everything as it was and says what is wrong and where.
 */
import type { Dictionary } from '../core/dictionary/types';
import type { ValidationIssue } from '../core/dictionary/validate';
import { DictionaryStoreError, saveImportedDictionary } from '../shared/dictionaries';
import { byId, type OptionsContext, type Section } from './context';
import { checkDictionaryFile, type FileLike } from './import-check';

// Past this many problems the list stops: the first ones say enough about a broken file.
const MAX_ISSUES_SHOWN = 30;

/** Mounts the import control, its confirmation and its error report. */
export function mountImportSection(ctx: OptionsContext): Section {
  const { doc, deps } = ctx;
  const input = byId(doc, 'import-file', HTMLInputElement);
  const confirm = byId(doc, 'import-confirm', HTMLDivElement);
  const confirmText = byId(doc, 'import-confirm-text', HTMLParagraphElement);
  const replace = byId(doc, 'import-replace', HTMLButtonElement);
  const cancel = byId(doc, 'import-cancel', HTMLButtonElement);
  const errorBox = byId(doc, 'import-error', HTMLDivElement);
  const abort = new AbortController();
  const { signal } = abort;
  let pending: Dictionary | undefined;

  const showError = (text: string, issues: readonly ValidationIssue[] = []): void => {
    const heading = doc.createElement('p');
    heading.textContent = text;
    const items = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
      const item = doc.createElement('li');
      const path = doc.createElement('code');
      path.textContent = issue.path;
      item.append(path, `: ${issue.message}`);
      return item;
    });
    if (issues.length > MAX_ISSUES_SHOWN)
      items.push(Object.assign(doc.createElement('li'), { textContent: '…' }));
    const list = doc.createElement('ul');
    list.append(...items);
    errorBox.replaceChildren(heading, ...(items.length > 0 ? [list] : []));
  };

  const store = async (dictionary: Dictionary, isReplace: boolean): Promise<void> => {
    try {
      await saveImportedDictionary(dictionary, { bundledId: deps.bundled.id, replace: isReplace });
    } catch (error) {
      if (error instanceof DictionaryStoreError && error.code === 'quota')
        showError(deps.t('optionsImportQuota'));
      else if (error instanceof DictionaryStoreError && error.code === 'bundled-id')
        showError(deps.t('optionsImportBundledId', dictionary.id));
      else showError(deps.t('optionsStorageError', error instanceof Error ? error.message : String(error)));
      return;
    }
    await ctx.reloadDictionaries();
    const count = String(dictionary.entities.length);
    ctx.status(deps.t(isReplace ? 'optionsImportReplaced' : 'optionsImportOk', [dictionary.name, count]));
  };

  const importFile = async (file: FileLike): Promise<void> => {
    errorBox.replaceChildren();
    confirm.hidden = true;
    pending = undefined;
    const checked = await checkDictionaryFile(file);
    if (!checked.ok) {
      showError(deps.t('optionsImportRefused', file.name), checked.issues);
      return;
    }
    const { dictionary } = checked;
    if (dictionary.id === deps.bundled.id) {
      showError(deps.t('optionsImportBundledId', dictionary.id));
    } else if (ctx.state().imported.some((d) => d.id === dictionary.id)) {
      pending = dictionary;
      confirmText.textContent = deps.t('optionsImportExists', dictionary.id);
      confirm.hidden = false;
      replace.focus();
    } else {
      await store(dictionary, false);
    }
  };

  input.addEventListener(
    'change',
    () => {
      const file = input.files?.[0];
      // Cleared so that choosing the same file again (after fixing it) fires "change" again.
      input.value = '';
      if (file)
        importFile(file).catch((error: unknown) => {
          showError(String(error));
        });
    },
    { signal },
  );
  replace.addEventListener(
    'click',
    () => {
      const dictionary = pending;
      pending = undefined;
      confirm.hidden = true;
      if (dictionary) void store(dictionary, true);
    },
    { signal },
  );
  cancel.addEventListener(
    'click',
    () => {
      pending = undefined;
      confirm.hidden = true;
      ctx.status(deps.t('optionsImportCancelled'));
      input.focus();
    },
    { signal },
  );

  return {
    render: () => undefined,
    teardown: () => {
      abort.abort();
    },
  };
}
