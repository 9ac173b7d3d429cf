/** Turns what a user types or pastes into the host key settings use. Pure. */
import { normaliseHost } from '../core/settings';

// A host name: labels of letters, digits and hyphens, at least one dot, or "localhost".
const HOST = /^(?:localhost|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63})$/u;

/** The site key for typed text ("https://www.example.com/news" → "example.com"), or undefined when it is no site. */
export function siteFromInput(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  let host = text;
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(text)) {
    try {
      host = new URL(text).hostname;
    } catch {
      return undefined;
    }
  } else {
    // "example.com/news" or "example.com:8080": the host is what comes before the path or port.
    host = text.split(/[/?#:]/u)[0] ?? '';
  }
  const key = normaliseHost(host.replace(/\.$/u, ''));
  return HOST.test(key) ? key : undefined;
}
