// How the report writes its figures and filters, the same in every format.
import type { Lang } from '../core/constants';
import { t } from '../words/labels';
import type { Summary } from './build';

/** A share (0 to 1) as a whole percentage. */
export const pct = (share: number) => `${Math.round(share * 100)}%`;

/** A mean score as a whole number; a dash for none. */
export const whole = (n: number | null) => (n === null ? '–' : String(Math.round(n)));

/** The filters given, in words: "site North branch", "team tellers", "scenario etc-toll-card". */
export function filterWords(s: Summary, lang: Lang): string[] {
  const f = s.filter;
  return [
    ...(f.site !== undefined ? [`${t('reportSite', lang)} ${f.site}`] : []),
    ...(f.team !== undefined ? [`${t('reportTeam', lang)} ${f.team}`] : []),
    ...(f.scenario !== undefined ? [`${t('reportScenario', lang)} ${f.scenario}`] : []),
  ];
}
