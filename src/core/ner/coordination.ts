/**
 * Types a bare one-word name by the names it is listed with: "executives from Pemberton Holdings and
 * Fairlake" lists companies, so Fairlake is one. Only a name with no evidence of its own, and only
 * towards an organisation whose own name or clues say so.
 */
import type { Group } from './corefer';
import { ORGANISATION_HEADS, inList } from './lexicon';
import type { Article } from './tokens';

const hasOwnEvidence = (g: Group): boolean =>
  g.clues.person + g.clues.place + g.clues.organisation + g.clues.speech > 0;

/** An organisation the text says is one: a head in its name ("Holdings") or clues around it. */
const isSureOrganisation = (g: Group): boolean =>
  g.type === 'organisation' &&
  (g.clues.organisation > 0 || (g.words.length > 1 && g.words.some((w) => inList(ORGANISATION_HEADS, w))));

/** Retypes as organisations the bare one-word names listed beside a sure organisation ("X and Y", "X, Y"). */
export function typeByCoordination(article: Article, groups: readonly Group[]): void {
  const { tokens, text } = article;
  // Each live group by the token indexes its mentions start and end at: one look-up per neighbour.
  const startingAt = new Map<number, Group>();
  const endingAt = new Map<number, Group>();
  for (const g of groups)
    for (const m of g.mentions) {
      startingAt.set(m.first, g);
      endingAt.set(m.last, g);
    }
  const gap = (from: number, to: number): string =>
    text.slice(tokens[from]?.end ?? 0, tokens[to]?.start ?? 0);
  const isJoin = (i: number): boolean => /^(?:and|or|&)$/u.test(tokens[i]?.text ?? '');
  for (const g of groups) {
    if (g.words.length !== 1 || g.type === 'place' || hasOwnEvidence(g)) continue;
    const listed = g.mentions.some((m) => {
      // "Holdings and Fairlake", "Holdings, Fairlake": the neighbour before.
      const before = isJoin(m.first - 1) ? endingAt.get(m.first - 2) : endingAt.get(m.first - 1);
      const beforeGap = isJoin(m.first - 1) ? gap(m.first - 2, m.first - 1) : gap(m.first - 1, m.first);
      if (before && before !== g && /^,?\s*$/u.test(beforeGap) && isSureOrganisation(before)) return true;
      const after = isJoin(m.last + 1) ? startingAt.get(m.last + 2) : startingAt.get(m.last + 1);
      const afterGap = gap(m.last, m.last + 1);
      return after !== undefined && after !== g && /^,?\s*$/u.test(afterGap) && isSureOrganisation(after);
    });
    if (listed) g.type = 'organisation';
  }
}
