// The end-of-conversation summary every front end shows: outcome, each flag's verdict with the
// reason and the safe action, the official channels, a score.
import type { Occurrence, Verdict } from './judge';
import { HANGUP_ENDING, type Lang, type LeakKind, type Outcome, type ScenarioKind } from './constants';
import type { Catalogue, Scenario } from './schema';

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
  /** A scam, or a real call: on a real call the flags are green, and `missed` ones are false alarms. */
  kind: ScenarioKind;
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
  /** On a real call: times the person brushed off a real caller (a cost, not a danger). */
  falseAlarms: number;
  score: number;
  channels: { id: string; name: string; contact: string }[];
  /** In a drill: how the room's shared conversation ended, shown as the room's, not the person's. */
  room?: RoomEnd;
}

/** The room's path in a drill: its outcome and ending, beside each person's own. */
export interface RoomEnd {
  outcome: Outcome | 'unfinished';
  ending?: string;
  text?: string;
}

/** A red flag in one language: its name, why it is one, and what to do instead. */
export interface FlagText {
  name: string;
  why: string;
  todo: string;
}

/** Where a flag was said: the scenario, and the turn when known, whose own `why` and `todo` win. */
export interface FlagPlace {
  scenario: Pick<Scenario, 'turns' | 'why' | 'todo'>;
  turn?: string;
}

const own = <T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined => (map && Object.hasOwn(map, key) ? map[key] : undefined);

/**
 * A flag's words: the name from the catalogue; why and todo from the turn, else the scenario, else
 * the catalogue (a fake prosecutor's site is not explained as a bank's). A flag the catalogue lacks
 * shows by its id.
 */
export function flagText(catalogue: Pick<Catalogue, 'flags'>, id: string, lang: Lang, at?: FlagPlace): FlagText {
  const f = own(catalogue.flags, id);
  if (!f) return { name: id, why: '', todo: '' };
  const turn = at?.turn === undefined ? undefined : own(at.scenario.turns, at.turn);
  const words = (k: 'why' | 'todo') => (own(turn?.[k], id) ?? own(at?.scenario[k], id) ?? f[k])[lang];
  return { name: f.name[lang], why: words('why'), todo: words('todo') };
}

/** One red flag and how many times it was caught and missed: a transcript's debrief, a drill line's share. */
export interface FlagCount extends FlagText {
  id: string;
  caught: number;
  missed: number;
}

/**
 * Score: the share of red flags caught, 0–100. Losing money or data caps it at 50: spotting
 * most of the signs is worth little if the scam still worked.
 */
export function score(caught: number, total: number, outcome: Debrief['outcome']): number {
  const base = total === 0 ? (outcome === 'safe' ? 100 : 0) : Math.round((100 * caught) / total);
  return outcome === 'loss' || outcome === 'leak' ? Math.min(base, 50) : base;
}

/** Everything a debrief is made from: one person's verdicts and how their conversation ended. */
export interface DebriefInput {
  scenario: Scenario;
  catalogue: Catalogue;
  lang: Lang;
  verdicts: readonly Verdict[];
  /** Flags not yet decided (only while the conversation is unfinished). */
  open: readonly Occurrence[];
  leaked: readonly LeakKind[];
  end?: { ending: string; outcome: Outcome | 'unfinished'; text: string };
  room?: RoomEnd;
}

/** The debrief as a pure function of verdicts, so a group drill builds one per participant. */
export function debriefFrom(input: DebriefInput): Debrief {
  const { scenario, catalogue, lang, end } = input;
  const flags: FlagResult[] = [...input.verdicts, ...input.open.map((o) => ({ ...o, verdict: 'open' as const, critical: false }))]
    .sort((a, b) => a.step - b.step)
    .map((v) => {
      return { id: v.flag, turn: v.turn, step: v.step, verdict: v.verdict, critical: v.critical, ...flagText(catalogue, v.flag, lang, { scenario, turn: v.turn }) };
    });
  const ending = end && end.ending !== HANGUP_ENDING ? scenario.endings[end.ending] : undefined;
  const leaked = [...new Set([...input.leaked, ...(ending?.outcome === 'leak' ? ending.data : [])])];
  let outcome: Debrief['outcome'] = end ? end.outcome : 'unfinished';
  // Giving away a secret is a leak even if the conversation then ended well.
  if (outcome === 'safe' && leaked.length) outcome = 'leak';
  const caught = flags.filter((f) => f.verdict === 'caught').length;
  const missed = flags.filter((f) => f.verdict === 'missed').length;
  const channelIds = [...new Set([...scenario.channels, ...flags.filter((f) => f.verdict !== 'caught').flatMap((f) => catalogue.flags[f.id]?.channels ?? [])])];
  const kind = scenario.kind ?? 'scam';
  return {
    scenario: scenario.id,
    kind,
    title: scenario.title[lang],
    lang,
    outcome,
    ...(end ? { ending: end.ending, endingText: end.text } : {}),
    amountLost: ending?.outcome === 'loss' ? ending.amount : 0,
    currency: ending?.outcome === 'loss' ? ending.currency : 'CNY',
    leaked,
    flags,
    caught,
    missed,
    open: flags.length - caught - missed,
    falseAlarms: kind === 'legitimate' ? flags.filter((f) => f.verdict === 'missed' && !f.critical).length : 0,
    score: score(caught, flags.length, outcome),
    channels: channelIds.flatMap((id) => {
      const c = catalogue.channels[id];
      return c ? [{ id, name: c.name[lang], contact: c.contact[lang] }] : [];
    }),
    ...(input.room ? { room: input.room } : {}),
  };
}

/**
 * The debrief's flags grouped, in the order first said, each with how often it was caught, missed
 * and left open, and whether a secret went with it: repeats read once ("missed 3×"). A flag whose
 * why or todo a line specialised is a group of its own, so no advice is lost.
 */
export function flagCounts(d: Pick<Debrief, 'flags'>): (FlagCount & { open: number; critical: boolean })[] {
  const groups = new Map<string, FlagCount & { open: number; critical: boolean }>();
  for (const f of d.flags) {
    const key = JSON.stringify([f.id, f.why, f.todo]);
    let c = groups.get(key);
    if (!c) groups.set(key, (c = { id: f.id, name: f.name, why: f.why, todo: f.todo, caught: 0, missed: 0, open: 0, critical: false }));
    c[f.verdict]++;
    c.critical ||= f.critical;
  }
  return [...groups.values()];
}
