/**
 * The setting changes the popup asks for, as pure functions of the current
 * settings, so the background applies them through one `updateSettings`.
 */
import { normaliseHost, type Settings } from '../core/settings';

/** The settings with Backstory turned on or off for `host`. */
export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const site = normaliseHost(host);
  const others = settings.disabledSites.filter((h) => h !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}

/** The settings with Backstory paused everywhere, or resumed. */
export function withPaused(settings: Settings, paused: boolean): Settings {
  return { ...settings, paused };
}
