/**
 * Builds the options page from its HTML: loads settings and dictionaries,
 * mounts each section, keeps them in step with storage (changes made in
 * another tab or the popup show up here too) and stores every change at once.
 */
import { localise } from '../shared/i18n';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/storage';
import { loadImportedDictionaries, onImportedDictionariesChanged } from '../shared/dictionaries';
import { byId, type OptionsContext, type OptionsDeps, type PageState, type Section } from './context';
import { mountDictionariesSection } from './dictionaries-section';
import { mountDisplaySection } from './display-section';
import { mountImportSection } from './import-section';
import { mountShortcutsSection } from './shortcuts-section';
import { mountSitesSection } from './sites-section';
import { mountStoriesSection } from './stories-section';

/** Mounts the options page on `doc`; returns the teardown. */
export async function mountOptionsPage(doc: Document, deps: OptionsDeps): Promise<() => void> {
  localise(doc, deps.t);
  doc.title = deps.t('optionsTitle');
  const statusLine = byId(doc, 'status', HTMLParagraphElement);
  const [settings, imported] = await Promise.all([loadSettings(), loadImportedDictionaries()]);
  let state: PageState = { settings, imported };
  let sections: Section[] = [];
  const renderAll = (): void => {
    for (const section of sections) section.render(state);
  };
  const status = (text: string): void => {
    statusLine.textContent = text;
  };
  // Changes run one after another: each reads the settings the previous one stored.
  let queue: Promise<void> = Promise.resolve();
  const ctx: OptionsContext = {
    doc,
    deps,
    state: () => state,
    update: (change) => {
      queue = queue.then(async () => {
        try {
          state = { ...state, settings: await updateSettings(change) };
          renderAll();
          status(deps.t('optionsSaved'));
        } catch (error) {
          renderAll();
          status(deps.t('optionsStorageError', error instanceof Error ? error.message : String(error)));
        }
      });
      return queue;
    },
    reloadDictionaries: async () => {
      state = { ...state, imported: await loadImportedDictionaries() };
      renderAll();
    },
    status,
  };
  sections = [
    mountDisplaySection(ctx),
    mountSitesSection(ctx),
    mountShortcutsSection(ctx),
    mountDictionariesSection(ctx),
    mountImportSection(ctx),
    mountStoriesSection(ctx),
  ];
  renderAll();
  const stopSettings = onSettingsChanged((next) => {
    state = { ...state, settings: next };
    renderAll();
  });
  const stopImports = onImportedDictionariesChanged((next) => {
    state = { ...state, imported: next };
    renderAll();
  });
  return () => {
    stopSettings();
    stopImports();
    for (const section of sections) section.teardown();
  };
}
