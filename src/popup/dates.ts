/**
 * Shows the dictionary's ISO dates as precisely as they are written: a year
 * stays a year, a month becomes "June 2010", a day a localised date, and an
 * interval "1990/1999" a range.
 */

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A dictionary date for display in `locale`; anything unrecognised is shown as written. */
export function formatStoryDate(iso: string, locale?: string): string {
  const [from, to] = iso.split('/');
  if (from !== undefined && to !== undefined) {
    return `${formatStoryDate(from, locale)}–${formatStoryDate(to, locale)}`;
  }
  if (YEAR.test(iso)) return iso;
  const month = MONTH.exec(iso);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  }
  const day = DAY.exec(iso);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
  return iso;
}
