// Time buckets for "scores over time": weeks (Monday to Sunday, UTC) for a span of up to half a
// year, months beyond, so a chart has enough points to show a trend and not so many that each is a
// handful of results.
export type Period = 'week' | 'month';

/** Spans of up to this many days are shown by week. */
export const WEEKS_UP_TO_DAYS = 182;

const DAY_MS = 86_400_000;
export const dayOf = (iso: string) => iso.slice(0, 10);
const ms = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export function periodFor(from: string, to: string): Period {
  return (ms(to) - ms(from)) / DAY_MS <= WEEKS_UP_TO_DAYS ? 'week' : 'month';
}

/** The first day of the period holding `date` (YYYY-MM-DD or a full ISO time). */
export function periodStart(date: string, p: Period): string {
  const d = dayOf(date);
  if (p === 'month') return `${d.slice(0, 7)}-01`;
  const t = ms(d);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0
  return day(t - weekday * DAY_MS);
}

/** Every period from the one holding `from` to the one holding `to`, by first day: empty ones too, so gaps show. */
export function periodsBetween(from: string, to: string, p: Period): string[] {
  const out: string[] = [];
  const last = periodStart(to, p);
  let cur = periodStart(from, p);
  while (cur <= last) {
    out.push(cur);
    if (p === 'week') cur = day(ms(cur) + 7 * DAY_MS);
    else {
      const [y, m] = [Number(cur.slice(0, 4)), Number(cur.slice(5, 7))];
      cur = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    }
  }
  return out;
}

/** A period as a reader sees it: a week by its Monday (2026-11-23), a month as 2026-11. */
export const periodLabel = (start: string, p: Period) => (p === 'month' ? start.slice(0, 7) : start);
