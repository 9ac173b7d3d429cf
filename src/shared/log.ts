/**
 * Backstory's one way to log an error: with the name of the part that failed
 * (`Backstory [tooltip]: …`), so a report in a page's console says where to look.
 */

/** Logs `details` as an error of the part `part`. */
export function logError(part: string, ...details: unknown[]): void {
  console.error(`Backstory [${part}]:`, ...details);
}

/** A logger bound to one part's name, for a part's `onError`. */
export function errorLogger(part: string): (error: unknown) => void {
  return (error) => {
    logError(part, error);
  };
}
