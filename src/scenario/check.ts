// Semantic checks a schema cannot express: targets, reachability, endings, catalogue ids.
import { cueHits, invalidCues } from '../classify/cues';
import { DIAGNOSTICS as D, type Args, type Descriptor, type Diagnostic } from './diagnostics';
import { diagnosticAt, type Located, type PathKey } from './parse';
import { HANGUP_ENDING, ROUTE_KEYS, type RouteKey } from '../core/constants';
import { ackFor, route } from '../core/conversation';
import type { ReadingFacts } from '../core/judge';
import type { Catalogue, Scenario, Turn } from '../core/schema';

/** Every place a turn can lead, with where that edge is written. Implicit hang-ups are not edges. */
export function edgesOf(turn: Turn): { target: string; path: PathKey[] }[] {
  const edges = ROUTE_KEYS.flatMap((k) => (turn.on[k] ? [{ target: turn.on[k]!, path: ['on', k] as PathKey[] }] : []));
  if (turn.pressure) edges.push({ target: turn.pressure.to, path: ['pressure', 'to'] });
  return edges;
}

export function checkScenario(src: Located<Scenario>, catalogue: Catalogue, expectedId?: string): Diagnostic[] {
  const s = src.value;
  const out: Diagnostic[] = [];
  const report = <T extends string>(d: Descriptor<T>, path: PathKey[], args: Args<T>, opts?: { key?: boolean }) =>
    out.push(diagnosticAt(src, d, path, args, opts));

  const turnIds = Object.keys(s.turns);
  const endingIds = new Set([...Object.keys(s.endings), HANGUP_ENDING]);
  // Own keys only: an id like "constructor" or "__proto__" is in every object's prototype.
  const isTurn = (id: string) => Object.hasOwn(s.turns, id);
  const exists = (id: string) => isTurn(id) || endingIds.has(id);

  if (expectedId !== undefined && s.id !== expectedId) {
    report(D.idMismatch, ['id'], { id: s.id, fileName: expectedId });
  }
  if (Object.hasOwn(s.endings, HANGUP_ENDING)) {
    report(D.reservedEnding, ['endings', HANGUP_ENDING], { ending: HANGUP_ENDING }, { key: true });
  }
  for (const id of turnIds) {
    if (Object.hasOwn(s.endings, id)) report(D.turnIsEnding, ['endings', id], { id }, { key: true });
  }
  if (!isTurn(s.start)) {
    report(D.unknownStart, ['start'], { start: s.start, turns: turnIds.join(', ') });
  }
  for (const c of s.channels) {
    if (!Object.hasOwn(catalogue.channels, c)) report(D.unknownChannel, ['channels', s.channels.indexOf(c)], { channel: c, known: Object.keys(catalogue.channels).join(', ') });
  }

  for (const [id, turn] of Object.entries(s.turns)) {
    for (const e of edgesOf(turn)) {
      if (!exists(e.target)) report(D.unknownTarget, ['turns', id, ...e.path], { target: e.target, suggestion: suggest(e.target, [...turnIds, ...endingIds]) });
    }
    turn.flags.forEach((f, i) => {
      if (!Object.hasOwn(catalogue.flags, f)) report(D.unknownFlag, ['turns', id, 'flags', i], { flag: f, suggestion: suggest(f, Object.keys(catalogue.flags)) });
      else if (turn.flags.indexOf(f) !== i) report(D.flagTwice, ['turns', id, 'flags', i], { flag: f });
      else if (catalogue.flags[f]!.green !== (s.kind === 'legitimate')) {
        report(D.flagKind, ['turns', id, 'flags', i], { flag: f, flagKind: catalogue.flags[f]!.green ? 'green' : 'red', scenarioKind: s.kind === 'legitimate' ? 'legitimate' : 'scam' });
      }
    });
    for (const hit of cueHits(turn.say, turn.flags, catalogue, s.kind === 'legitimate')) {
      report(D.cue, ['turns', id, 'say', hit.lang], { flag: hit.flag, pattern: hit.pattern });
    }
    for (const r of repeatsItself(id, turn)) report(D.repeats, ['turns', id, 'on', r.key], r);
    rewords(turn, turn.flags, ['turns', id], 'this line');
    if (turn.asks && !turn.flags.length) report(D.asksWithoutFlags, ['turns', id, 'asks'], {}, { key: true });
  }
  rewords(s, [...new Set(Object.values(s.turns).flatMap((t) => t.flags))], [], 'any line of this scenario');

  /** A why or todo of the scenario or of a turn may only reword a flag that is said where it applies. */
  function rewords(at: Pick<Turn, 'why' | 'todo'>, flags: readonly string[], path: PathKey[], scope: string) {
    for (const field of ['why', 'todo'] as const) {
      for (const flag of Object.keys(at[field] ?? {})) {
        if (!flags.includes(flag)) report(D.rewordsOtherFlag, [...path, field, flag], { field, flag, scope, flags: flags.join(', ') || 'none', suggestion: suggest(flag, [...flags]) }, { key: true });
      }
    }
  }

  // Reachable from start, following every route, pressure timer and the implicit hang-up.
  const reached = new Set<string>();
  const queue = isTurn(s.start) ? [s.start] : [];
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    if (!isTurn(id)) continue;
    const turn = s.turns[id]!;
    for (const e of edgesOf(turn)) if (exists(e.target)) queue.push(e.target);
    if (!turn.on.hangup) reached.add(HANGUP_ENDING);
  }
  for (const id of turnIds) {
    if (!reached.has(id)) report(D.unreachable, ['turns', id], { turn: id, start: s.start }, { key: true });
  }
  for (const id of Object.keys(s.endings)) {
    if (!reached.has(id)) report(D.unusedEnding, ['endings', id], { ending: id }, { key: true });
  }

  // Every turn must reach an ending through the scenario's own routes: hanging up is always
  // possible, but a script whose only way out is hanging up is a loop the author forgot to close.
  const canEnd = new Set<string>(Object.keys(s.endings));
  if (Object.values(s.turns).some((t) => t.on.hangup === HANGUP_ENDING)) canEnd.add(HANGUP_ENDING);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, turn] of Object.entries(s.turns)) {
      if (!canEnd.has(id) && edgesOf(turn).some((e) => canEnd.has(e.target))) {
        canEnd.add(id);
        changed = true;
      }
    }
  }
  for (const id of turnIds) {
    if (reached.has(id) && !canEnd.has(id)) {
      const loop = edgesOf(s.turns[id]!).map((e) => e.target).filter(isTurn);
      report(D.noEnding, ['turns', id], { turn: id, targets: loop.map((t) => `"${t}"`).join(', ') || 'nowhere' }, { key: true });
    }
  }
  return out;
}

// The replies that most often come back to the same line, by the `on:` key that routes them when
// the turn has one: a question, stalling, and a reply with no route of its own (an unclear one).
const HALF_WAY: { key: RouteKey; reply: string; reading: ReadingFacts }[] = [
  { key: 'question', reply: 'question', reading: { intent: 'question', confidence: 1, leaks: [] } },
  { key: 'stall', reply: 'stalling reply', reading: { intent: 'stall', confidence: 1, leaks: [] } },
  { key: 'default', reply: 'reply with no route of its own', reading: { intent: 'stall', confidence: 0, leaks: [] } },
];

/** The routes of turn `id` that answer a half-way reply with the same line again, by the engine's own rules. */
function repeatsItself(id: string, turn: Turn): { key: RouteKey; reply: string }[] {
  const found = new Map<RouteKey, string>();
  for (const { key, reply, reading } of HALF_WAY) {
    const via = turn.on[key] ? key : 'default';
    if (route(turn, reading) === id && !ackFor(turn, reading) && !found.has(via)) found.set(via, reply);
  }
  return [...found].map(([key, reply]) => ({ key, reply }));
}

export function checkCatalogue(src: Located<Catalogue>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const bad of invalidCues(src.value)) {
    const i = src.value.flags[bad.flag]!.cues![bad.lang].indexOf(bad.pattern);
    out.push(diagnosticAt(src, D.badCue, ['flags', bad.flag, 'cues', bad.lang, i], { pattern: bad.pattern, flag: bad.flag }));
  }
  for (const [id, flag] of Object.entries(src.value.flags)) {
    flag.channels.forEach((c, i) => {
      if (!Object.hasOwn(src.value.channels, c)) out.push(diagnosticAt(src, D.unknownChannel, ['flags', id, 'channels', i], { channel: c, known: Object.keys(src.value.channels).join(', ') }));
    });
  }
  return out;
}

function suggest(word: string, options: string[]): string {
  const best = options
    .map((o) => ({ o, d: distance(word, o) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, word.length / 3) ? `; did you mean "${best.o}"?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
