/**
 * Checks the story record: the article a dictionary is drawn from, its
 * summary, dated timeline and key figures.
 */
import { describe, indexPath, type IssueList, memberPath } from './issues';

const STORY_FIELDS = [
  'title',
  'author',
  'publisher',
  'published',
  'place',
  'attribution',
  'summary',
  'timeline',
  'figures',
];
const TEXT_LIMIT = 300;
const PROSE_LIMIT = 2000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is an ISO 8601 calendar date, complete or reduced: "2005", "2010-06", "2010-11-25". */
export function isIsoDate(value: string, complete = false): boolean {
  const match = (complete ? /^(\d{4})-(\d{2})-(\d{2})$/ : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/).exec(value);
  if (!match) return false;
  const [, year = '', month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  return day === undefined || (Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), m));
}

/** Whether `value` is an ISO date or an ISO interval of two ("2002/2004"), the start not after the end. */
export function isIsoDateOrInterval(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return isIsoDate(value);
  const [start = '', end = ''] = parts;
  // Comparing the strings works for ISO dates of the same precision and for a shorter end year.
  return parts.length === 2 && isIsoDate(start) && isIsoDate(end) && start.slice(0, end.length) <= end;
}

function checkTimeline(list: IssueList, value: unknown, path: string): void {
  if (!list.array(value, path)) return;
  value.forEach((entry, i) => {
    const at = indexPath(path, i);
    if (!list.object(entry, at, ['date', 'event', 'source'])) return;
    const datePath = memberPath(at, 'date');
    if (list.string(entry.date, datePath, 30) && !isIsoDateOrInterval(entry.date)) {
      list.add(
        datePath,
        `must be an ISO date ("2010", "2010-06", "2010-11-25") or interval ("2002/2004"), got ${describe(entry.date)}`,
      );
    }
    list.plainText(entry.event, memberPath(at, 'event'), PROSE_LIMIT);
    list.plainText(entry.source, memberPath(at, 'source'), PROSE_LIMIT);
  });
}

function checkFigures(list: IssueList, value: unknown, path: string): void {
  if (!list.array(value, path)) return;
  value.forEach((entry, i) => {
    const at = indexPath(path, i);
    if (!list.object(entry, at, ['figure', 'label', 'source'])) return;
    list.plainText(entry.figure, memberPath(at, 'figure'), 60);
    list.plainText(entry.label, memberPath(at, 'label'), TEXT_LIMIT);
    list.plainText(entry.source, memberPath(at, 'source'), PROSE_LIMIT);
  });
}

/** Checks the story record at `path` ("$.story"). */
export function checkStory(list: IssueList, story: unknown, path: string): void {
  if (!list.object(story, path, STORY_FIELDS)) return;
  for (const key of ['title', 'author', 'publisher', 'place', 'attribution']) {
    list.plainText(story[key], memberPath(path, key), TEXT_LIMIT);
  }
  const published = memberPath(path, 'published');
  if (list.string(story.published, published, 100) && !isIsoDate(story.published, true)) {
    list.add(published, `must be an ISO date such as "2010-11-29", got ${describe(story.published)}`);
  }
  const summary = memberPath(path, 'summary');
  if (list.array(story.summary, summary, 3, 5)) {
    story.summary.forEach((point, i) => {
      list.plainText(point, indexPath(summary, i), PROSE_LIMIT);
    });
  }
  checkTimeline(list, story.timeline, memberPath(path, 'timeline'));
  checkFigures(list, story.figures, memberPath(path, 'figures'));
}
