/** The extension's keyboard shortcuts, and how to change them in the browser. */
import { byId, type CommandInfo, type OptionsContext, type Section } from './context';

// The browsers' own command for the toolbar button: it has no description of its own.
const OPEN_POPUP_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);

/** Mounts the shortcut list; the browser owns the shortcuts, so this page only shows them. */
export function mountShortcutsSection(ctx: OptionsContext): Section {
  const { doc, deps } = ctx;
  const list = byId(doc, 'shortcuts', HTMLElement);
  const open = byId(doc, 'open-shortcuts', HTMLButtonElement);
  const howTo = byId(doc, 'shortcuts-howto', HTMLParagraphElement);
  const abort = new AbortController();
  const openPage = deps.shortcuts.open;

  if (openPage === undefined) {
    open.hidden = true;
    howTo.textContent = deps.t('optionsShortcutsHowToFirefox', deps.shortcuts.page);
  } else {
    open.addEventListener(
      'click',
      () => {
        openPage().catch(() => {
          howTo.textContent = deps.t('optionsShortcutsHowTo', deps.shortcuts.page);
        });
      },
      { signal: abort.signal },
    );
  }

  const describe = (command: CommandInfo): string =>
    OPEN_POPUP_COMMANDS.has(command.name ?? '')
      ? deps.t('optionsShortcutOpenPopup')
      : command.description || command.name || '';

  const load = async (): Promise<void> => {
    const commands = await deps.getCommands();
    list.replaceChildren(
      ...commands.flatMap((command) => {
        const term = doc.createElement('dt');
        term.textContent = describe(command);
        const value = doc.createElement('dd');
        if (command.shortcut) {
          const key = doc.createElement('kbd');
          key.textContent = command.shortcut;
          value.append(key);
        } else {
          value.textContent = deps.t('optionsShortcutNotSet');
        }
        return [term, value];
      }),
    );
  };
  load().catch((error: unknown) => {
    howTo.textContent = String(error);
  });
  // Shortcuts change in another tab; show the current ones when the user comes back.
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'visible') void load();
    },
    { signal: abort.signal },
  );

  return {
    render: () => undefined,
    teardown: () => {
      abort.abort();
    },
  };
}
