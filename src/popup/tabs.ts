/**
 * The popup's three panels as an ARIA tablist (WAI-ARIA Authoring Practices,
 * "Tabs with automatic activation"): one tab stop, arrow keys, Home and End
 * move between tabs and show their panel at once.
 */

function select(tabs: readonly HTMLElement[], chosen: HTMLElement, doc: Document): void {
  for (const tab of tabs) {
    const isChosen = tab === chosen;
    tab.setAttribute('aria-selected', String(isChosen));
    tab.tabIndex = isChosen ? 0 : -1;
    const panel = doc.getElementById(tab.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !isChosen;
  }
}

/** Makes the tabs of `tablist` work; returns the teardown. */
export function setupTabs(tablist: HTMLElement): () => void {
  const doc = tablist.ownerDocument;
  const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
  const onClick = (event: Event): void => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab) select(tabs, tab, doc);
  };
  const onKey = (event: KeyboardEvent): void => {
    const current = tabs.findIndex((tab) => tab === doc.activeElement);
    if (current < 0) return;
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (current + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (current - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const tab = next === null ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    select(tabs, tab, doc);
    tab.focus();
  };
  tablist.addEventListener('click', onClick);
  tablist.addEventListener('keydown', onKey);
  const first = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') ?? tabs[0];
  if (first) select(tabs, first, doc);
  return () => {
    tablist.removeEventListener('click', onClick);
    tablist.removeEventListener('keydown', onKey);
  };
}
