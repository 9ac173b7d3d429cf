/**
 * The one contract for the parts of the content script (the controller, the
 * tooltip, the message routes, the context watch): a part is started with a
 * `Part`, tears itself down when its signal aborts, and reports its errors
 * through `onError`, which logs them under the part's name.
 */
import { errorLogger } from '../../shared/log';

/** What a part of the content script is started with. */
export interface Part {
  /** The content script's lifetime: when it aborts, the part removes everything it added. */
  readonly signal: AbortSignal;
  /** Reports an error of this part, logged with its name. */
  readonly onError: (error: unknown) => void;
}

/** The `Part` for the part called `name`, living as long as `signal`. */
export function partOf(name: string, signal: AbortSignal): Part {
  return { signal, onError: errorLogger(name) };
}
