// One group drill, as pure logic: no sockets, no files, no clock of its own (time comes from `now`).
// The room's Conversation plays the scammer for everyone (the trainer's screen); each participant
// has their own Judge, fed the lines they were on the call for and their own answers: the same
// verdict rules as practice and analyze (core/judge). On advance the room's conversation follows
// the majority (or the trainer's pick). Every change is a RoomRecord: the host stores them as they
// happen, and `Room.replay` rebuilds the same room from them after a crash.
import { createHash } from 'node:crypto';
import { reader as defaultReader } from '../classify/reader';
import { sanitizeReply } from '../classify/sanitize';
import { compile, Conversation, route, type EndView, type Happening, type LineView as Line } from '../core/conversation';
import { debriefFrom, flagText, type Debrief } from '../core/debrief';
import { Judge, type Verdict, type VerdictKind } from '../core/judge';
import { ownEnd } from '../core/own-end';
import { adviceRoute } from '../core/helper-call';
import { HelperRoomCall, type RoomConversation } from './helper-room';
import { countAnswers, majorityOf, picksOf, reading, type Majority } from './majority';
import type { ReadingFacts } from '../core/judge';
import type { Before, Reader } from '../core/reader';
import { Typed } from '../core/reply';
import { readAnswer, replyInput, type AnswerInput, type AnswerRead } from './answer-read';
import { HANGUP_ENDING, type Intent, type Lang, type LeakKind } from '../core/constants';
import type { Catalogue, Scenario, Turn } from '../core/schema';
import {
  MAX_NAME_CHARS,
  type BranchRule, type DrillInfo, type ErrorCode, type FlagShare, type LineResult, type LineView, type Mode, type Pace,
  type PersonResult, type RoomPick, type RoomResults, type RosterEntry, type ServerMessage, type Tally, type VerdictView,
} from './protocol';

export interface RoomConfig {
  drillId: string;
  scenario: Scenario;
  catalogue: Catalogue;
  lang: Lang;
  mode: Mode;
  pace: Pace;
  branch: BranchRule;
  leaderboard: boolean;
  anonymous: boolean;
  /** helper: the room advises a simulated person on the call (drill host --role helper); absent, everyone takes the call. */
  role?: 'helper';
}

/** What happened, in the order it happened: stored as it arrives, replayed on resume. */
export type RoomRecord =
  | { type: 'join'; at: number; pid: string; name: string | null; tokenHash: string }
  | { type: 'answer'; at: number; pid: string; step: number; turn: string; text: string; intent: Intent; confidence: number; leaks: LeakKind[]; choice?: number }
  | { type: 'reveal'; at: number; step: number }
  | { type: 'advance'; at: number; step: number; pick: RoomPick; by: 'room' | 'trainer' | 'skip' | 'timer' }
  | { type: 'kick'; at: number; pid: string }
  | { type: 'end'; at: number };

/** One record and the verdicts it decided, per participant. */
export interface Change {
  record: RoomRecord;
  verdicts: { pid: string; verdict: Verdict }[];
}

export class RoomError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}


/**
 * On the first line, auto pace moves on early (everyone online has answered) only once nobody has
 * joined for this long: a room still filling in is not rushed past its first line.
 */
export const ARRIVAL_QUIET_MS = 5000;

type AnswerRecord = Extract<RoomRecord, { type: 'answer' }>;

interface Person {
  pid: string;
  /** As stored: null in an anonymous drill. */
  storedName: string | null;
  tokenHash: string;
  judge: Judge;
  kicked: boolean;
  online: boolean;
  /** The first ending one of their own answers led to: their call ended there, whatever the room did. */
  ownEnding?: string;
  lastDecision?: VerdictKind;
  answered: boolean;
}

interface LineState {
  event: Line;
  openedAt: number;
  revealed: boolean;
  answers: Map<string, AnswerRecord>;
  /** The verdicts each answer decided, as its ack said them (kept to say them again on a rejoin). */
  decided: Map<string, Verdict[]>;
  pick?: RoomPick;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A participant's name as any terminal may show it: no escapes, no control characters, short. */
export function cleanName(raw: string): string {
  return [...sanitizeReply(raw).replace(/[<>&"'`\\]/g, '')].slice(0, MAX_NAME_CHARS).join('').trim();
}

export class Room {
  private readonly conversation: RoomConversation;
  private readonly people = new Map<string, Person>();
  /** Each person's last answers as received, in memory only: a secret sent a few digits an answer is found whole. */
  private readonly typed = new Map<string, Typed>();
  /** Everyone's name as shown, and how many were removed: kept as people join, not counted per join. */
  private readonly shownNames = new Set<string>();
  private kickedCount = 0;
  private readonly lines: LineState[] = [];
  private roomEnd: EndView | undefined;
  private stopped = false;
  private lastJoinAt = 0;

  constructor(
    readonly config: RoomConfig,
    private readonly now: () => number,
    private readonly reader: Reader = defaultReader,
  ) {
    this.conversation = config.role === 'helper' ? new HelperRoomCall(config.scenario, config.lang, reader) : new Conversation(config.scenario, config.lang, compile(config.scenario));
    this.follow(this.conversation.start(), now());
  }

  /** Rebuild a room from its stored records; the current line's clock restarts now. */
  static replay(config: RoomConfig, records: readonly RoomRecord[], now: () => number): Room {
    const room = new Room(config, now);
    for (const r of records) room.apply(r);
    const line = room.current;
    if (line) line.openedAt = now();
    return room;
  }

  get info(): DrillInfo {
    const { drillId, scenario, lang, mode } = this.config;
    return { id: drillId, scenario: scenario.id, title: scenario.title[lang], lang, mode };
  }

  get ended(): boolean {
    return this.stopped || this.conversation.ended;
  }

  get endReason(): 'finished' | 'stopped' | undefined {
    return this.conversation.ended ? 'finished' : this.stopped ? 'stopped' : undefined;
  }

  get participants(): number {
    return this.people.size;
  }

  /** Participants the trainer has not removed. */
  get activeParticipants(): number {
    return this.people.size - this.kickedCount;
  }

  /** The names shown for everyone who has joined, removed or not. */
  get names(): ReadonlySet<string> {
    return this.shownNames;
  }

  private get current(): LineState | undefined {
    return this.ended ? undefined : this.lines.at(-1);
  }

  // ——— commands: validate, make a record, apply it ———

  join(rawName: string, token: string): Change & { pid: string; name: string } {
    this.assertRunning();
    const name = cleanName(rawName);
    if (!name) throw new RoomError('bad-name', 'give a name of at least one letter');
    const pid = `p${this.people.size + 1}`;
    const change = this.apply({ type: 'join', at: this.now(), pid, name: this.config.anonymous ? null : name, tokenHash: hashToken(token) });
    return { ...change, pid, name };
  }

  /** The participant a reconnect token belongs to. */
  byToken(token: string): string | undefined {
    const h = hashToken(token);
    for (const p of this.people.values()) if (p.tokenHash === h) return p.pid;
    return undefined;
  }

  answer(pid: string, step: number, input: AnswerInput): Change & { intent: Intent } {
    const turn = this.turn(this.mayAnswer(pid, step));
    return this.answerRead(pid, step, input, readAnswer(input, turn, this.config.lang, this.reader, this.before(pid)));
  }

  /** What `pid` answered before, as received, and to which lines: read with the next answer (a secret sent in pieces). */
  before(pid: string): Before {
    return this.typed.get(pid)?.before ?? {};
  }

  /**
   * Whether `pid` may answer line `step` now (a RoomError says why not); the id of the line's turn,
   * to read the answer against. For a host that reads answers on other threads (read-pool.ts).
   */
  checkAnswer(pid: string, step: number): string {
    return this.mayAnswer(pid, step).event.turn;
  }

  /** An answer read elsewhere (answer-read.ts), taken if it still may be: the room may have moved on meanwhile. */
  answerRead(pid: string, step: number, input: AnswerInput, done: AnswerRead): Change & { intent: Intent } {
    const line = this.mayAnswer(pid, step);
    if (!done.ok) throw new RoomError(done.code, done.message);
    let typed = this.typed.get(pid);
    if (!typed) this.typed.set(pid, (typed = new Typed()));
    typed.note(replyInput(input), this.turn(line).say[this.config.lang]);
    const { text, intent, confidence, leaks, choice } = done.read;
    const record: AnswerRecord = {
      type: 'answer', at: this.now(), pid, step, turn: this.current!.event.turn, text,
      intent, confidence, leaks, ...(choice ? { choice } : {}),
    };
    return { ...this.apply(record), intent };
  }

  private mayAnswer(pid: string, step: number): LineState {
    this.assertRunning();
    const p = this.person(pid);
    if (p.kicked) throw new RoomError('kicked', 'the trainer removed you from this drill');
    const line = this.current!;
    if (step !== line.event.step) throw new RoomError('stale-line', 'that line has passed; answer the current one');
    if (line.revealed) throw new RoomError('closed', 'answers for this line are closed');
    if (line.answers.has(pid)) throw new RoomError('already-answered', 'you have already answered this line');
    return line;
  }

  reveal(): Change {
    this.assertRunning();
    const line = this.current!;
    return this.apply({ type: 'reveal', at: this.now(), step: line.event.step });
  }

  /** Move the room's conversation on: the trainer's pick, else the rule the drill was started with. */
  advance(pick?: RoomPick, by: 'room' | 'trainer' | 'timer' = pick ? 'trainer' : 'room'): Change {
    this.assertRunning();
    const line = this.current!;
    const room = pick ? { pick } : this.majority();
    if ('tie' in room) throw new RoomError('tie', 'the room is split evenly: pick the answer to follow');
    if ('trainer' in room) throw new RoomError('pick-needed', 'this drill follows the trainer: pick the answer to follow');
    const chosen = room.pick;
    if ('choice' in chosen && !this.turn(line).choices?.[chosen.choice - 1]) {
      throw new RoomError('bad-pick', `this line has no answer #${chosen.choice}`);
    }
    return this.apply({ type: 'advance', at: this.now(), step: line.event.step, pick: chosen, by });
  }

  /** Move on as if the room had said nothing: the scenario's silence path, whatever the tally. */
  skip(): Change {
    this.assertRunning();
    return this.apply({ type: 'advance', at: this.now(), step: this.current!.event.step, pick: { silence: true }, by: 'skip' });
  }

  kick(pid: string): Change {
    this.assertRunning();
    const p = this.people.get(pid);
    if (!p) throw new RoomError('unknown-participant', `no participant ${pid}`);
    return this.apply({ type: 'kick', at: this.now(), pid });
  }

  end(): Change {
    this.assertRunning();
    return this.apply({ type: 'end', at: this.now() });
  }

  /**
   * Auto pace: advance when time is up, or as soon as everyone online and still on their call has
   * answered (on the first line, once nobody has joined for ARRIVAL_QUIET_MS). Someone whose own
   * answer ended their call may still answer and be counted, but is not waited for. The clock waits
   * for the first participant. A tie waits for the trainer's pick, or for a later answer that breaks
   * it; answers stay open.
   */
  tick(): Change | undefined {
    const line = this.current;
    if (!line || this.config.pace.kind !== 'auto' || this.people.size === 0) return undefined;
    const now = this.now();
    const due = now >= line.openedAt + this.config.pace.seconds * 1000;
    // (someone whose call ended on an earlier line is not waited for; one whose answer here ended it has answered)
    const waitedFor = [...this.people.values()].filter((p) => p.online && !p.kicked && (!p.judge.ended || line.answers.has(p.pid)));
    const settled = this.lines.length > 1 || now - this.lastJoinAt >= ARRIVAL_QUIET_MS;
    const allIn = settled && waitedFor.length > 0 && waitedFor.every((p) => line.answers.has(p.pid));
    if (!due && !allIn) return undefined;
    const room = this.majority();
    return 'pick' in room ? this.advance(room.pick, 'timer') : undefined;
  }

  setOnline(pid: string, online: boolean): void {
    const p = this.people.get(pid);
    if (p) p.online = online;
  }

  // ——— applying records (live and on replay) ———

  apply(r: RoomRecord): Change {
    const verdicts: Change['verdicts'] = [];
    switch (r.type) {
      case 'join': {
        const p: Person = { pid: r.pid, storedName: r.name, tokenHash: r.tokenHash, judge: new Judge(this.config.scenario.kind), kicked: false, online: false, answered: false };
        this.people.set(r.pid, p);
        this.shownNames.add(this.displayName(p));
        this.lastJoinAt = r.at;
        const line = this.current;
        // The first line's countdown starts when the first person arrives, not when the host does.
        if (line && this.people.size === 1 && this.lines.length === 1) line.openedAt = r.at;
        // A late joiner answers from the line in front of them; earlier lines are not held against them.
        if (line && !line.revealed) p.judge.present(line.event);
        break;
      }
      case 'answer': {
        const p = this.person(r.pid);
        const line = this.lineAt(r.step);
        line.answers.set(r.pid, r);
        p.answered = true;
        const fresh = p.judge.read(r);
        if (fresh.length) p.lastDecision = fresh[0]!.verdict;
        for (const v of fresh) verdicts.push({ pid: p.pid, verdict: v });
        // Their own answer led to an ending: their call is over there, as it would be in practice.
        const target = this.routeOf(this.turn(line), r);
        if (!p.ownEnding && !p.judge.ended && this.isEnding(target)) {
          p.ownEnding = target;
          for (const v of p.judge.end()) verdicts.push({ pid: p.pid, verdict: v });
        }
        line.decided.set(p.pid, verdicts.map((v) => v.verdict));
        break;
      }
      case 'reveal':
        this.lineAt(r.step).revealed = true;
        break;
      case 'advance': {
        const line = this.lineAt(r.step);
        line.pick = r.pick;
        verdicts.push(...this.follow(this.feed(r.pick), r.at));
        break;
      }
      case 'kick': {
        const p = this.person(r.pid);
        if (!p.kicked) this.kickedCount++;
        p.kicked = true;
        break;
      }
      case 'end':
        this.stopped = true;
        break;
    }
    return { record: r, verdicts };
  }

  private isEnding(target: string): boolean {
    return target === HANGUP_ENDING || Object.hasOwn(this.config.scenario.endings, target);
  }

  /** Where an answer to `turn` leads; in a helper drill, where the person goes on taking it as advice. */
  private routeOf(turn: Turn, r: ReadingFacts): string {
    return this.config.role === 'helper' ? adviceRoute(turn, r) : route(turn, r);
  }

  private turn(line: LineState) {
    return this.config.scenario.turns[line.event.turn]!;
  }

  /** Give the room's pick to the shared conversation. */
  private feed(pick: RoomPick): Happening[] {
    const due = 'silence' in pick ? this.conversation.msUntilPressure : undefined;
    // No timer on this line: silence takes the scenario's default route, like an unclear reply.
    if (due !== undefined) return this.conversation.wait(due);
    return this.conversation.reply(reading(this.conversation.turn!, pick));
  }

  /** A new line goes to everyone still on the call; the end settles every judge. */
  private follow(happened: Happening[], at: number): Change['verdicts'] {
    const out: Change['verdicts'] = [];
    for (const h of happened) {
      if (h.type === 'line') {
        this.lines.push({ event: h.line, openedAt: at, revealed: false, answers: new Map(), decided: new Map() });
        for (const p of this.people.values()) if (!p.kicked) p.judge.present(h.line);
      } else {
        this.roomEnd = h.end;
        for (const p of this.people.values()) for (const v of p.judge.end()) out.push({ pid: p.pid, verdict: v });
      }
    }
    return out;
  }

  // ——— views ———

  lineView(): LineView | undefined {
    const line = this.current;
    if (!line) return undefined;
    const e = line.event;
    const pace = this.config.pace;
    return {
      step: e.step, turn: e.turn, speaker: e.speaker, channel: e.channel, text: e.text, ...(e.gap ? { gap: e.gap } : {}),
      choices: e.choices.map((c) => ({ n: c.n, text: c.text })),
      ...(pace.kind === 'auto' ? { msLeft: Math.max(0, line.openedAt + pace.seconds * 1000 - this.now()) } : {}),
      open: !line.revealed,
    };
  }

  currentFlags(): string[] {
    return this.current?.event.flags ?? [];
  }

  isKicked(pid: string): boolean {
    return this.people.get(pid)?.kicked ?? false;
  }

  hasAnswered(pid: string): boolean {
    return this.current?.answers.has(pid) ?? false;
  }

  tally(): Tally | undefined {
    const line = this.current;
    if (!line) return undefined;
    const counted = [...line.answers.values()].filter((a) => !this.person(a.pid).kicked);
    const active = [...this.people.values()].filter((p) => !p.kicked).length;
    const room = this.majority();
    return { step: line.event.step, answered: counted.length, waiting: Math.max(0, active - counted.length), ...countAnswers(counted), ...('tie' in room ? { tie: room.tie } : {}), ...('trainer' in room ? { trainer: room.trainer } : {}) };
  }

  /**
   * The room's answer to the current line (majority.ts): a pick, or a tie when its top answers lead to
   * different places; in a drill that follows the trainer, the answers for the trainer to pick from.
   */
  majority(): Majority {
    const line = this.current;
    if (!line) return { pick: { silence: true } };
    const turn = this.turn(line);
    const answers = [...line.answers.values()].filter((a) => !this.person(a.pid).kicked);
    if (this.config.branch === 'trainer') return { trainer: picksOf(answers) };
    return majorityOf(answers, (p) => this.routeOf(turn, reading(turn, p)));
  }

  roster(): RosterEntry[] {
    const line = this.current;
    return [...this.people.values()].map((p) => ({ pid: p.pid, name: this.displayName(p), online: p.online, answered: line?.answers.has(p.pid) ?? false, kicked: p.kicked }));
  }

  displayName(p: Person | string): string {
    const person = typeof p === 'string' ? this.person(p) : p;
    return person.storedName ?? `Participant ${person.pid.slice(1)}`;
  }

  verdictViews(verdicts: readonly Verdict[]): VerdictView[] {
    const { scenario, catalogue, lang } = this.config;
    return verdicts.map((v) => ({ flag: v.flag, ...flagText(catalogue, v.flag, lang, { scenario, turn: v.turn }), step: v.step, verdict: v.verdict, critical: v.critical }));
  }

  /**
   * What a participant was told when their answer to line `step` was stored: how it was read and,
   * in coach mode, the verdicts it decided. Undefined if they have not answered that line.
   */
  ackFor(pid: string, step: number): Extract<ServerMessage, { t: 'ack' }> | undefined {
    const line = this.lines.find((l) => l.event.step === step);
    const a = line?.answers.get(pid);
    if (!a) return undefined;
    const verdicts = this.config.mode === 'coach' ? { verdicts: this.verdictViews(line!.decided.get(pid) ?? []) } : {};
    return { t: 'ack', step, intent: a.intent, ...(a.choice ? { choice: a.choice } : {}), ...verdicts };
  }

  /** Per flag on one line: how many participants caught, missed, or have not yet decided it. */
  flagShares(step: number): FlagShare[] {
    const line = this.lineAt(step);
    const { scenario, catalogue, lang } = this.config;
    return [...new Set(line.event.flags)].map((id) => {
      const share = { caught: 0, missed: 0, open: 0 };
      for (const p of this.people.values()) {
        if (p.kicked) continue;
        const v = p.judge.verdicts.find((x) => x.step === step && x.flag === id);
        if (v) share[v.verdict]++;
        else if (p.judge.open.some((o) => o.step === step && o.flag === id)) share.open++;
      }
      return { id, ...flagText(catalogue, id, lang, { scenario, turn: line.event.turn }), ...share };
    });
  }

  debriefFor(pid: string): Debrief {
    const p = this.person(pid);
    const { scenario, catalogue, lang } = this.config;
    const { judge } = p;
    const room = this.roomEnd;
    const end = ownEnd(scenario, lang, { ...(p.ownEnding ? { ownEnding: p.ownEnding } : {}), walkedAway: judge.walkedAway, leaked: judge.leaked, ...(p.lastDecision ? { lastDecision: p.lastDecision } : {}), answered: p.answered }, room);
    return debriefFrom({
      scenario, catalogue, lang,
      verdicts: judge.verdicts,
      open: judge.ended ? [] : judge.open,
      leaked: judge.leaked,
      ...(end ? { end } : {}),
      ...(room ? { room: { outcome: room.outcome, ending: room.ending, text: room.text } } : {}),
    });
  }

  /** Everyone's answers to one line, in arrival order (redacted text only). */
  answersAt(step: number): AnswerRecord[] {
    return [...this.lineAt(step).answers.values()];
  }

  pids(): string[] {
    return [...this.people.keys()];
  }

  results(): RoomResults {
    const { drillId, scenario, lang } = this.config;
    const people: PersonResult[] = [...this.people.values()].map((p) => {
      const d = this.debriefFor(p.pid);
      return { pid: p.pid, name: this.displayName(p), outcome: d.outcome, caught: d.caught, missed: d.missed, open: d.open, score: d.score, kicked: p.kicked };
    });
    const lines: LineResult[] = this.lines.map((l) => {
      const counted = [...l.answers.values()].filter((a) => !this.person(a.pid).kicked);
      return { step: l.event.step, turn: l.event.turn, text: l.event.text, answered: counted.length, ...countAnswers(counted), ...(l.pick ? { pick: l.pick } : {}), flags: this.flagShares(l.event.step) };
    });
    const roomEnd = this.roomEnd;
    return {
      drillId, scenario: scenario.id, title: scenario.title[lang], lang,
      outcome: roomEnd ? roomEnd.outcome : 'unfinished',
      ...(roomEnd ? { ending: roomEnd.ending } : {}),
      lines,
      people,
      ...(this.config.leaderboard ? { leaderboard: people.filter((p) => !p.kicked).sort((a, b) => b.score - a.score || b.caught - a.caught || a.pid.localeCompare(b.pid, 'en', { numeric: true })) } : {}),
    };
  }

  private person(pid: string): Person {
    const p = this.people.get(pid);
    if (!p) throw new RoomError('not-joined', 'join the drill first');
    return p;
  }

  private lineAt(step: number): LineState {
    const l = this.lines.find((x) => x.event.step === step);
    if (!l) throw new RoomError('stale-line', `no line ${step}`);
    return l;
  }

  private assertRunning(): void {
    if (this.ended) throw new RoomError('ended', 'the drill is over');
  }
}
