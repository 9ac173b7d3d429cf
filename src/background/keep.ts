/**
 * "Keep these names": the article names drawn for a tab (cached in
 * storage.session by article.ts) saved into a story of the reader's, stored
 * in storage.local as one more imported dictionary, so the one
 * compile-once path (matcher-builder.ts) builds it and pages paint it.
 *
 * Nothing kept is ever lost to a full storage: the story and the index are
 * written in one `set` (all or nothing), and when the automaton built from
 * them no longer fits, the story as it was is written back.
 */
import type { ArticleMeta } from '../core/article/article-names';
import type { Dictionary } from '../core/dictionary/types';
import { validateDictionary } from '../core/dictionary/validate';
import { isFollowedStory } from '../core/story/edit';
import { storyId as newStoryId } from '../core/story/ids';
import { articleTitle, keepArticle, newStory } from '../core/story/keep';
import { dictionaryKey, INDEX_KEY, orderOf } from '../shared/dictionary-keys';
import type { KeepResult } from '../shared/messages';
import type { Route } from '../shared/router';
import { articleKey, type CachedArticle } from './article';
import type { StorageAreaLike } from './tab-store';

/** What the route needs. */
export interface KeepDeps {
  /** storage.session, where article.ts caches each tab's article. */
  session: StorageAreaLike;
  /** storage.local, where imported dictionaries (and stories) live. */
  local: StorageAreaLike;
  bundledId: string;
  now: () => Date;
  /** Builds the pages' automaton again (matcher-builder.ts); rejects when it cannot be stored. */
  rebuild: () => Promise<void>;
}

type Params = { tabId: number; url: string; storyId: string | null };

function isParams(p: unknown): p is Params {
  if (typeof p !== 'object' || p === null) return false;
  const r = p as Record<string, unknown>;
  return (
    Number.isInteger(r.tabId) &&
    typeof r.url === 'string' &&
    (r.storyId === null || typeof r.storyId === 'string')
  );
}

/** Whether a storage error is a full storage: Chrome's "QUOTA_BYTES quota exceeded", Firefox's "QuotaExceededError". */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/iu.test(text);
}

const failed = (reason: 'no-article' | 'no-story' | 'quota' | 'storage', error?: unknown): KeepResult => ({
  ok: false,
  reason,
  message: error instanceof Error ? error.message : reason,
});

/** The article cached for a tab at `url`, with its page's metadata (from its names when an older cache lacks it). */
function cachedAt(value: unknown, url: string): (CachedArticle & { meta: ArticleMeta }) | undefined {
  const cached = value as Partial<CachedArticle> | undefined;
  if (typeof cached !== 'object' || cached.url !== url || typeof cached.answer !== 'object') return undefined;
  const { answer } = cached;
  const meta = cached.meta ?? { url, title: answer.dictionary.name, site: answer.source, published: null };
  return { ...(cached as CachedArticle), meta: { ...meta, url } };
}

/** The `keepArticle` route. */
export function keepRoute(deps: KeepDeps): Route<Params, KeepResult> {
  return {
    from: 'extension-page',
    isParams,
    async handle({ tabId, url, storyId }) {
      const session = await deps.session.get(articleKey(tabId));
      const cached = cachedAt(session[articleKey(tabId)], url);
      if (cached === undefined || cached.answer.dictionary.entities.length + cached.answer.notes.length === 0)
        return failed('no-article');
      const local = await deps.local.get(storyId === null ? INDEX_KEY : [INDEX_KEY, dictionaryKey(storyId)]);
      const order = orderOf(local[INDEX_KEY]);
      let previous: Dictionary | undefined;
      if (storyId !== null) {
        const checked = validateDictionary(local[dictionaryKey(storyId)]);
        if (!checked.ok || checked.dictionary.id !== storyId || !isFollowedStory(checked.dictionary))
          return failed('no-story');
        previous = checked.dictionary;
      }
      const title = articleTitle(cached.meta.title, cached.meta.site) || new URL(url).hostname;
      const base = previous ?? newStory(newStoryId(title, [deps.bundledId, ...order]), title);
      const story = keepArticle(base, {
        dictionary: cached.answer.dictionary,
        notes: cached.answer.notes,
        meta: cached.meta,
        keptAt: deps.now().toISOString(),
      });
      const index = { version: 1, order: order.includes(story.id) ? order : [...order, story.id] };
      try {
        // One set: the story and the index change together or not at all, and what was kept before stays.
        await deps.local.set({ [dictionaryKey(story.id)]: story, [INDEX_KEY]: index });
      } catch (error) {
        return failed(isQuotaError(error) ? 'quota' : 'storage', error);
      }
      try {
        await deps.rebuild();
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        // The story fits but its automaton does not: back to the story as it was, which the stored automaton paints.
        await (previous === undefined
          ? deps.local
              .set({ [INDEX_KEY]: { version: 1, order } })
              .then(() => deps.local.remove(dictionaryKey(story.id)))
          : deps.local.set({ [dictionaryKey(story.id)]: previous }));
        return failed('quota', error);
      }
      return {
        ok: true,
        storyId: story.id,
        name: story.name,
        entities: story.entities.length,
        articles: story.kept?.length ?? 0,
      };
    },
  };
}
