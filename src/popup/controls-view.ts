/**
 * The popup's controls: Backstory on or off for this site, pause everywhere,
 * the options, and the same view in a tab of its own.
 */
import { isSiteEnabled, normaliseHost } from '../core/settings';
import { h, type Child } from './dom';
import type { Translate } from '../shared/i18n';
import type { PopupActions, PopupModel } from './model';

function toggle(
  id: string,
  label: string,
  checked: boolean,
  disabled: boolean,
  onChange: (on: boolean) => void,
): HTMLElement {
  const input = h('input', {
    type: 'checkbox',
    role: 'switch',
    id,
    class: 'switch-input',
    checked,
    disabled,
  });
  input.addEventListener('change', () => {
    onChange(input.checked);
  });
  return h('label', { class: 'switch', for: id }, [input, h('span', { class: 'switch-label' }, [label])]);
}

/** The content of the controls bar for `model`. */
export function renderControls(model: PopupModel, t: Translate, actions: PopupActions): Child[] {
  const { host, settings } = model;
  const canToggleSite = host !== null && model.unsupported === null;
  const siteOn = host !== null && !settings.disabledSites.includes(normaliseHost(host));
  const options = h('button', { type: 'button', class: 'link-button', id: 'open-options' }, [
    t('popupOpenOptions'),
  ]);
  options.addEventListener('click', () => {
    actions.openOptions();
  });
  const inTab =
    model.isFullPage || model.tabId === null
      ? null
      : h('button', { type: 'button', class: 'link-button', id: 'open-in-tab' }, [t('popupOpenInTab')]);
  inTab?.addEventListener('click', () => {
    actions.openInTab();
  });
  return [
    toggle(
      'site-toggle',
      host !== null ? t('popupSiteToggle', normaliseHost(host)) : t('popupSiteToggleUnknown'),
      canToggleSite && siteOn,
      !canToggleSite,
      (on) => {
        actions.setSiteEnabled(on);
      },
    ),
    toggle('pause-toggle', t('popupPauseToggle'), settings.paused, false, (on) => {
      actions.setPaused(on);
    }),
    h('div', { class: 'control-links' }, [options, inTab]),
    // Say what the switches mean together: a site can be on while everything is paused.
    host !== null && canToggleSite && siteOn && !isSiteEnabled(settings, host)
      ? h('p', { class: 'note' }, [t('popupPausedNote')])
      : null,
  ];
}
