/** The editable list of sites where Backstory is off. */
import { byId, type OptionsContext, type Section } from './context';
import { siteFromInput } from './site-input';

/** Mounts the site list and its add form. */
export function mountSitesSection(ctx: OptionsContext): Section {
  const { doc, deps } = ctx;
  const form = byId(doc, 'site-form', HTMLFormElement);
  const input = byId(doc, 'site-input', HTMLInputElement);
  const error = byId(doc, 'site-error', HTMLParagraphElement);
  const list = byId(doc, 'sites', HTMLUListElement);
  const empty = byId(doc, 'sites-empty', HTMLParagraphElement);
  const abort = new AbortController();

  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      const site = siteFromInput(input.value);
      if (site === undefined) {
        error.textContent = deps.t('optionsSitesInvalid', input.value.trim());
        input.setAttribute('aria-invalid', 'true');
        return;
      }
      if (ctx.state().settings.disabledSites.includes(site)) {
        error.textContent = deps.t('optionsSitesDuplicate', site);
        return;
      }
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      input.value = '';
      void ctx.update((s) => ({ ...s, disabledSites: [...s.disabledSites, site] }));
    },
    { signal: abort.signal },
  );

  list.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const site = button?.dataset.site;
      if (site === undefined) return;
      void ctx
        .update((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }))
        .then(() => {
          // The button is gone with its row: keep keyboard users in the list's neighbourhood.
          input.focus();
        });
    },
    { signal: abort.signal },
  );

  return {
    render(state) {
      const sites = state.settings.disabledSites;
      list.replaceChildren(
        ...sites.map((site) => {
          const item = doc.createElement('li');
          const name = doc.createElement('span');
          name.textContent = site;
          const remove = doc.createElement('button');
          remove.type = 'button';
          remove.dataset.site = site;
          remove.textContent = deps.t('optionsSitesRemove');
          remove.setAttribute('aria-label', deps.t('optionsSitesRemoveLabel', site));
          item.append(name, remove);
          return item;
        }),
      );
      empty.hidden = sites.length > 0;
    },
    teardown: () => {
      abort.abort();
    },
  };
}
