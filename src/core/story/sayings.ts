/** What the kept articles of a reader's story say of one entity, newest first, for its card. */
import type { Dictionary } from '../dictionary/types';

/** One kept article's word on one entity. */
export interface Saying {
  sentence: string;
  role: string | null;
  title: string;
  site: string | null;
  /** The article's date as its page wrote it, else `null`. */
  published: string | null;
  url: string;
}

/** The day an article is dated by: its own date when the page gave an ISO one, else the day it was kept. */
function dayOf(published: string | undefined, keptAt: string): string {
  return published?.match(/^\d{4}-\d{2}-\d{2}/u)?.[0] ?? keptAt.slice(0, 10);
}

/** Every saying of `entityId` in the story's kept articles, newest article first. */
export function sayingsOf(story: Pick<Dictionary, 'kept'>, entityId: string): Saying[] {
  const articles = [...(story.kept ?? [])].sort((a, b) => {
    const byDay = dayOf(b.published, b.keptAt).localeCompare(dayOf(a.published, a.keptAt));
    return byDay !== 0 ? byDay : b.keptAt.localeCompare(a.keptAt);
  });
  return articles.flatMap((k) =>
    k.says
      .filter((s) => s.entityId === entityId)
      .map((s) => ({
        sentence: s.sentence,
        role: s.role ?? null,
        title: k.title,
        site: k.site ?? null,
        published: k.published ?? null,
        url: k.url,
      })),
  );
}
