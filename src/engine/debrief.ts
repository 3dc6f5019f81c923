// The end-of-conversation summary every front end shows: outcome, each flag's verdict with the
// reason and the safe action, the official channels, a score.
import type { Verdict } from '../machine/verdicts';
import { HANGUP_ENDING, type Lang, type LeakKind, type Outcome } from '../scenario/schema';
import type { Session } from './session';

export interface FlagResult {
  id: string;
  turn: string;
  step: number;
  verdict: Verdict['verdict'] | 'open';
  critical: boolean;
  name: string;
  why: string;
  todo: string;
}

export interface Debrief {
  scenario: string;
  title: string;
  lang: Lang;
  outcome: Outcome | 'unfinished';
  ending?: string;
  endingText?: string;
  amountLost: number;
  currency: string;
  leaked: LeakKind[];
  flags: FlagResult[];
  caught: number;
  missed: number;
  open: number;
  score: number;
  channels: { id: string; name: string; contact: string }[];
}

/**
 * Score: the share of red flags caught, 0–100. Losing money or data caps it at 50: spotting
 * most of the signs is worth little if the scam still worked.
 */
export function score(caught: number, total: number, outcome: Debrief['outcome']): number {
  const base = total === 0 ? (outcome === 'safe' ? 100 : 0) : Math.round((100 * caught) / total);
  return outcome === 'loss' || outcome === 'leak' ? Math.min(base, 50) : base;
}

export function buildDebrief(s: Session): Debrief {
  const { scenario, catalogue, lang } = s;
  const endEvent = s.events.find((e) => e.type === 'end');
  const openOnes = s.ended ? [] : openOccurrences(s);
  const flags: FlagResult[] = [...s.verdicts, ...openOnes]
    .sort((a, b) => a.step - b.step)
    .map((v) => {
      const f = catalogue.flags[v.flag]!;
      return { id: v.flag, turn: v.turn, step: v.step, verdict: v.verdict, critical: v.critical, name: f.name[lang], why: f.why[lang], todo: f.todo[lang] };
    });
  const ending = s.endingId ? (s.endingId === HANGUP_ENDING ? undefined : scenario.endings[s.endingId]) : undefined;
  const leaked = [...new Set([...s.leaked, ...(ending?.outcome === 'leak' ? ending.data : [])])];
  let outcome: Debrief['outcome'] = endEvent?.type === 'end' ? endEvent.outcome : 'unfinished';
  // Giving away a secret is a leak even if the conversation then ended well.
  if (outcome === 'safe' && leaked.length) outcome = 'leak';
  const caught = flags.filter((f) => f.verdict === 'caught').length;
  const missed = flags.filter((f) => f.verdict === 'missed').length;
  const channelIds = [...new Set([...scenario.channels, ...flags.filter((f) => f.verdict !== 'caught').flatMap((f) => catalogue.flags[f.id]!.channels)])];
  return {
    scenario: scenario.id,
    title: scenario.title[lang],
    lang,
    outcome,
    ...(s.endingId ? { ending: s.endingId } : {}),
    ...(endEvent?.type === 'end' ? { endingText: endEvent.text } : {}),
    amountLost: ending?.outcome === 'loss' ? ending.amount : 0,
    currency: ending?.outcome === 'loss' ? ending.currency : 'CNY',
    leaked,
    flags,
    caught,
    missed,
    open: flags.length - caught - missed,
    score: score(caught, flags.length, outcome),
    channels: channelIds.flatMap((id) => {
      const c = catalogue.channels[id];
      return c ? [{ id, name: c.name[lang], contact: c.contact }] : [];
    }),
  };
}

function openOccurrences(s: Session): (Omit<Verdict, 'verdict'> & { verdict: 'open' })[] {
  const judged = new Set(s.verdicts.map((v) => `${v.step}/${v.flag}`));
  const open: (Omit<Verdict, 'verdict'> & { verdict: 'open' })[] = [];
  for (const e of s.events) {
    if (e.type !== 'line') continue;
    for (const flag of e.flags) if (!judged.has(`${e.step}/${flag}`)) open.push({ flag, turn: e.turn, step: e.step, verdict: 'open', critical: false });
  }
  return open;
}
