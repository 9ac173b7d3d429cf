/**
 * Checks `kept`, the articles a reader kept into a story of theirs: each
 * with its title, address, site, date and what it says of the story's
 * entities. Every text is plain text: it is shown on cards, on any page.
 */
import { describe, indexPath, type IssueList, memberPath } from './issues';
import { ENTITY_LIMITS } from './validate-entity';

const ARTICLE_FIELDS = ['title', 'url', 'keptAt', 'says'];
const URL_LIMIT = 2000;
// An ISO 8601 date-time as Date.prototype.toISOString writes it (seconds and fraction optional).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function checkUrl(list: IssueList, value: unknown, path: string): void {
  if (!list.string(value, path, URL_LIMIT)) return;
  // Only web addresses: a "javascript:" or "data:" address must never reach a card or the options page.
  if (!/^https?:\/\/[^\s<>"]+$/u.test(value))
    list.add(path, `must be an http or https address, got ${describe(value)}`);
}

function checkSaying(list: IssueList, saying: unknown, path: string, ids: ReadonlySet<string>): void {
  if (!list.object(saying, path, ['entityId', 'sentence'], ['role'])) return;
  const idPath = memberPath(path, 'entityId');
  if (list.string(saying.entityId, idPath, 100) && !ids.has(saying.entityId))
    list.add(idPath, `refers to an unknown entity id "${saying.entityId}"`);
  list.plainText(saying.sentence, memberPath(path, 'sentence'), ENTITY_LIMITS.quote);
  if (saying.role !== undefined) list.plainText(saying.role, memberPath(path, 'role'), ENTITY_LIMITS.role);
}

/** Checks the kept articles at `path` ("$.kept"); `ids` are the entity ids of the dictionary. */
export function checkKept(list: IssueList, kept: unknown, path: string, ids: ReadonlySet<string>): void {
  if (!list.array(kept, path)) return;
  kept.forEach((article, i) => {
    const at = indexPath(path, i);
    if (!list.object(article, at, ARTICLE_FIELDS, ['site', 'published'])) return;
    list.plainText(article.title, memberPath(at, 'title'), 300);
    checkUrl(list, article.url, memberPath(at, 'url'));
    if (article.site !== undefined) list.plainText(article.site, memberPath(at, 'site'), 200);
    if (article.published !== undefined) list.plainText(article.published, memberPath(at, 'published'), 100);
    const keptAt = memberPath(at, 'keptAt');
    if (list.string(article.keptAt, keptAt, 40) && !ISO_DATE_TIME.test(article.keptAt))
      list.add(
        keptAt,
        `must be an ISO date-time such as "2026-12-06T05:42:00Z", got ${describe(article.keptAt)}`,
      );
    const says = memberPath(at, 'says');
    if (list.array(article.says, says)) {
      article.says.forEach((saying, s) => {
        checkSaying(list, saying, indexPath(says, s), ids);
      });
    }
  });
}
