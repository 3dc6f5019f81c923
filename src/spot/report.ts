// A spot drill's result as text (the terminal, --plain, --marks) and as JSON (--format json).
import type { Lang } from '../core/constants';
import type { SpotCall } from './call';
import { band, type LineOutcome } from './score';
import type { CallResult, LineResult, SpotResult } from './result';
import { plainStyle, type TextStyle } from '../report/text';
import { t } from '../words/labels';

const OUTCOME_WORD = { hit: 'spotHit', miss: 'spotMiss', falseAlarm: 'spotFalseAlarm', correctRejection: 'spotCorrectRejection' } as const satisfies Record<LineOutcome, string>;
/** Right calls in green, wrong ones in red: the same split as caught and missed. */
const RIGHT: Record<LineOutcome, boolean> = { hit: true, correctRejection: true, miss: false, falseAlarm: false };

export const outcomeWord = (o: LineOutcome, lang: Lang) => t(OUTCOME_WORD[o], lang);
export const isRight = (o: LineOutcome) => RIGHT[o];

const flagName = (call: SpotCall, id: string, lang: Lang) => call.catalogue.flags[id]?.name[lang] ?? id;
/** The colon after a label: full-width in Chinese. */
export const sep = (lang: Lang) => (lang === 'zh' ? '：' : ': ');
const paren = (s: string, lang: Lang) => (lang === 'zh' ? `（${s}）` : ` (${s})`);

/** "Lost parcel refund — scam" */
export const callHeading = (call: SpotCall, lang: Lang) => `${call.scenario.title[lang]} — ${t(call.kind === 'legitimate' ? 'spotReal' : 'spotScam', lang)}`;

/** How the call ended, or that the recording stops before its end. */
export const callEnding = (call: SpotCall, lang: Lang) => (call.end ? call.end.text : t('spotCut', lang));

/** What one line held and what the learner named: "you named: Rush (right) · Red flags: Rush". */
export function lineVerdict(call: SpotCall, r: LineResult, lang: Lang): string {
  const flags = r.line.red.length ? `${t('flags', lang)}${sep(lang)}${r.line.red.map((f) => flagName(call, f, lang)).join(lang === 'zh' ? '、' : ', ')}` : t('spotNoRedFlag', lang);
  if (r.mark.name === undefined) return flags;
  // The name first: on a one-row screen the list of flags is what gets cut.
  const named = `${t('spotYouNamed', lang)}${sep(lang)}${flagName(call, r.mark.name, lang)}${r.naming ? paren(t(r.naming === 'right' ? 'spotNamedRight' : 'spotNamedWrong', lang), lang) : ''}`;
  return `${named} · ${flags}`;
}

/** The totals, the discernment score and its plain-language companion. */
export function formatTotals(r: SpotResult, lang: Lang, st: TextStyle = plainStyle): string[] {
  const n = r.tally;
  const pct = (x: number | null) => (x === null ? '–' : `${Math.round(100 * x)}%`);
  const lines = [
    t('spotTotals', lang, { hits: n.hit, misses: n.miss, falseAlarms: n.falseAlarm, rejections: n.correctRejection }),
    t('spotNaming', lang, { right: n.namedRight, wrong: n.namedWrong, hits: n.hit }),
  ];
  if (r.dPrime === null || r.hitsMinusFalseAlarms === null) return [...lines, t('spotOneKind', lang, { hitRate: pct(r.hitRate), faRate: pct(r.falseAlarmRate) })];
  return [
    ...lines,
    st.bold(t('spotDPrime', lang, { d: r.dPrime.toFixed(2), band: t(band(r.dPrime), lang) })),
    t('spotDifference', lang, { hitRate: pct(r.hitRate), faRate: pct(r.falseAlarmRate), points: r.hitsMinusFalseAlarms }),
  ];
}

/**
 * One call's lines with their marks and verdicts, and how it ended. With `transcript`, what was said
 * too: each line and the person's reply (a report read on its own); without, the verdicts only
 * (after the lines were just heard, in --plain).
 */
export function formatCall({ call, lines }: CallResult, n: number, lang: Lang, st: TextStyle, transcript: boolean): string[] {
  const out = [st.bold(`${n}. ${callHeading(call, lang)}`)];
  lines.forEach((l, j) => {
    const word = outcomeWord(l.outcome, lang);
    if (transcript && l.line.gap) out.push(st.dim(`   ${t('timePassed', lang, { gap: l.line.gap })}`));
    const head = `${String(j + 1).padStart(3)} ${l.mark.marked ? '[x]' : '[ ]'} ${isRight(l.outcome) ? st.good(word) : st.bad(word)}`;
    out.push(transcript ? `${head} — ${l.line.speaker}${sep(lang)}${l.line.text}` : `${head} — ${lineVerdict(call, l, lang)}`);
    if (!transcript) return;
    out.push(st.dim(`      ${lineVerdict(call, l, lang)}`));
    if (l.line.reply !== undefined) out.push(`      ${t('spotPerson', lang)}${sep(lang)}${l.line.reply}`);
  });
  if (lines.length === call.lines.length) out.push(st.dim(`      ${callEnding(call, lang)}`));
  return out;
}

/** Every call, every line with its mark and verdict, the person's replies, then the totals. */
export function formatSpot(r: SpotResult, lang: Lang, st: TextStyle = plainStyle): string[] {
  const calls = r.calls.flatMap((c, i) => ['', ...formatCall(c, i + 1, lang, st, true)]);
  return [st.bold(`${t('spotTitle', lang)} · ${t('spotSeed', lang, { seed: r.seed })}`), ...calls, '', ...formatTotals(r, lang, st)];
}

/** One line for the terminal after the drill: the counts and the score. */
export const summaryLine = (r: SpotResult, lang: Lang) =>
  t('spotSummary', lang, { hits: r.tally.hit, falseAlarms: r.tally.falseAlarm, d: r.dPrime === null ? '–' : r.dPrime.toFixed(2), seed: r.seed });

const round = (x: number | null, places: number) => (x === null ? null : Number(x.toFixed(places)));

export function spotJson(r: SpotResult, lang: Lang) {
  return {
    seed: r.seed,
    lang,
    calls: r.calls.map(({ call, lines }) => ({
      scenario: call.scenario.id,
      kind: call.kind,
      title: call.scenario.title[lang],
      // Only a call heard to its end has one; a call cut at the line cap or left early has null.
      ending: lines.length === call.lines.length && call.end ? { id: call.end.ending, outcome: call.end.outcome, text: call.end.text } : null,
      lines: lines.map((l, j) => ({
        n: j + 1,
        turn: l.line.turn,
        speaker: l.line.speaker,
        text: l.line.text,
        reply: l.line.reply ?? null,
        redFlags: l.line.red,
        marked: l.mark.marked,
        named: l.mark.name ?? null,
        outcome: l.outcome,
        naming: l.naming ?? null,
      })),
    })),
    totals: {
      hits: r.tally.hit,
      misses: r.tally.miss,
      falseAlarms: r.tally.falseAlarm,
      correctRejections: r.tally.correctRejection,
      namedRight: r.tally.namedRight,
      namedWrong: r.tally.namedWrong,
    },
    dPrime: round(r.dPrime, 3),
    hitRate: round(r.hitRate, 3),
    falseAlarmRate: round(r.falseAlarmRate, 3),
    hitsMinusFalseAlarms: r.hitsMinusFalseAlarms,
  };
}
