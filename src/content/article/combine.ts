/**
 * One recogniser over two: the dictionaries' and the article's. Both read
 * the same text with the same page state (their entity ids never collide:
 * the article's are prefixed); where their mentions overlap, the
 * dictionaries' win, as the earlier dictionary wins inside one matcher.
 */
import type { Mention } from '../../core/match';
import type { Recogniser } from '../scan/annotator';

/** `primary` and `secondary` as one recogniser. */
export function combineRecognisers(primary: Recogniser, secondary: Recogniser): Recogniser {
  return {
    find(text, state) {
      const first = primary.find(text, state);
      const second = secondary.find(text, state);
      if (second.length === 0) return first;
      if (first.length === 0) return second;
      // Both lists are in text order and without overlaps of their own: one merge pass.
      const out: Mention[] = [];
      let i = 0;
      for (const m of second) {
        while (i < first.length && (first[i]?.end ?? 0) <= m.start) out.push(first[i++] as Mention);
        const next = first[i];
        if (next === undefined || m.end <= next.start) out.push(m);
      }
      while (i < first.length) out.push(first[i++] as Mention);
      return out;
    },
    entity: (entityId) => primary.entity(entityId) ?? secondary.entity(entityId),
  };
}
