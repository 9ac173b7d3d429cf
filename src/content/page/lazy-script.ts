/**
 * How the content script gets the scripts the background injects on first
 * need (card.js, article.js): each leaves its exports on the isolated world's
 * global under its key, where no page script can see them (the page's own
 * global is another object). The page is given no URL, element or event to
 * notice the extension by.
 */

type Holder = Partial<Record<string, unknown>>;

/** Called by an injected script: leaves its exports for the content script under `key`. */
export function offerScript(key: string, module: unknown): void {
  (globalThis as Holder)[key] = module;
}

/** The exports under `key`, asking `inject` (the background) to inject `file` when they are not here yet. */
export async function requestScript<T>(
  key: string,
  file: string,
  inject: () => Promise<unknown>,
): Promise<T> {
  const here = (globalThis as Holder)[key];
  if (here !== undefined) return here as T;
  await inject();
  const module = (globalThis as Holder)[key];
  if (module === undefined) throw new Error(`${file} did not load`);
  return module as T;
}
