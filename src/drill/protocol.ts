// Every message between a drill host and its clients: the one place message types come from.
// Client → host messages are zod schemas, checked on arrival (size-limited strings, known types
// only); host → client messages are TypeScript types only, since the host builds them and the
// clients (connection.ts, the web page) read them as JSON without a schema.
import { z } from 'zod';
import type { Debrief, FlagCount } from '../core/debrief';
import { LEAK_KINDS } from '../core/constants';
import { MAX_REPLY_CHARS } from '../core/reply';
import { Channel, Intent, LeakKind, Lang } from '../core/schema';
import type { FormView } from '../check/answering';
import type { Spread } from './latency';
import { PHASES, type Phase } from '../check/constants';

/** Largest WebSocket message the host accepts, in bytes; anything bigger closes the connection. Fits the longest answer even written as \u escapes. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
export const MAX_NAME_CHARS = 40;
export const WS_PATH = '/ws';

const Code = z.string().min(1).max(16);
const Token = z.string().min(8).max(128);
const Step = z.number().int().min(1).max(100_000);

export const RoomPick = z.union([
  z.strictObject({ choice: z.number().int().min(1).max(50) }),
  z.strictObject({ intent: Intent, leaks: z.array(LeakKind).max(5).optional() }),
  z.strictObject({ silence: z.literal(true) }),
  // The room answered, but not clearly: the line takes its default route, as an unclear reply does in practice.
  z.strictObject({ unclear: z.literal(true) }),
]);
export type RoomPick = z.infer<typeof RoomPick>;

export const ClientMessage = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('join'), code: Code, name: z.string().max(200) }),
  z.strictObject({ t: z.literal('rejoin'), code: Code, token: Token }),
  // leaks: the kinds of secret the web page masked before sending (web/mask.ts); the text is then masked already.
  z.strictObject({ t: z.literal('answer'), step: Step, text: z.string().min(1).max(MAX_REPLY_CHARS), leaks: z.array(LeakKind).max(LEAK_KINDS.length).optional() }),
  z.strictObject({ t: z.literal('choose'), step: Step, choice: z.number().int().min(1).max(50) }),
  z.strictObject({ t: z.literal('trainer'), secret: Token }),
  z.strictObject({ t: z.literal('advance'), pick: RoomPick.optional() }),
  z.strictObject({ t: z.literal('skip') }),
  z.strictObject({ t: z.literal('reveal') }),
  z.strictObject({ t: z.literal('kick'), pid: z.string().min(1).max(20) }),
  z.strictObject({ t: z.literal('end') }),
  z.strictObject({ t: z.literal('status') }),
  z.strictObject({ t: z.literal('ping') }),
  // A before/after check filled in (drill host --check): each message of the form sent, in order.
  z.strictObject({
    t: z.literal('check'),
    phase: z.enum(PHASES),
    answers: z.array(z.strictObject({ item: z.string().min(1).max(20), answer: z.enum(['scam', 'legitimate']), confidence: z.number().int().min(1).max(4) })).min(1).max(50),
  }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;
export type TrainerCommand = Extract<ClientMessage, { t: 'advance' | 'skip' | 'reveal' | 'kick' | 'end' | 'status' }>;
export type CheckAnswers = Extract<ClientMessage, { t: 'check' }>;

export type Mode = 'coach' | 'exam';
export type Pace = { kind: 'trainer' } | { kind: 'auto'; seconds: number };
export type BranchRule = 'majority' | 'trainer';

export interface DrillInfo {
  id: string;
  scenario: string;
  title: string;
  lang: Lang;
  mode: Mode;
}

export interface LineView {
  step: number;
  turn: string;
  speaker: string;
  channel: Channel;
  text: string;
  /** Time that passed before this line in a thread that runs over days ("Three days later"). */
  gap?: string;
  choices: { n: number; text: string }[];
  /** Milliseconds left to answer, when the drill advances by itself. */
  msLeft?: number;
  /** False once the trainer revealed the flags: answers are closed. */
  open: boolean;
}

/** Per flag on one line: how many participants caught it, missed it, or have not decided it yet. */
export interface FlagShare extends FlagCount {
  open: number;
}

export interface VerdictView {
  flag: string;
  name: string;
  /** Why it is a red flag and what to do instead, in the words of the line it was on. */
  why: string;
  todo: string;
  step: number;
  verdict: 'caught' | 'missed';
  critical: boolean;
}

export interface Tally {
  step: number;
  answered: number;
  waiting: number;
  byIntent: Partial<Record<Intent, number>>;
  byChoice: Record<string, number>;
  /** The answers that share the top count and lead to different places: the trainer picks (Room.majority). */
  tie?: RoomPick[];
  /** A drill that follows the trainer (`--branch trainer`): the answers given, most common first, to pick from. */
  trainer?: RoomPick[];
}

export interface RosterEntry {
  pid: string;
  name: string;
  online: boolean;
  answered: boolean;
  kicked: boolean;
}

/** One participant's line in the room's results: the figures of their own debrief. */
export interface PersonResult extends Pick<Debrief, 'outcome' | 'caught' | 'missed' | 'open' | 'score'> {
  pid: string;
  name: string;
  kicked: boolean;
}

export interface LineResult {
  step: number;
  turn: string;
  text: string;
  answered: number;
  byIntent: Partial<Record<Intent, number>>;
  byChoice: Record<string, number>;
  /** What the room's conversation did after this line. */
  pick?: RoomPick;
  flags: FlagShare[];
}

export interface RoomResults {
  drillId: string;
  scenario: string;
  title: string;
  lang: Lang;
  /** How the room's shared conversation ended ('unfinished' if the trainer stopped it). */
  outcome: Debrief['outcome'];
  ending?: string;
  lines: LineResult[];
  people: PersonResult[];
  /** Highest score first; only when the trainer turned the leaderboard on. */
  leaderboard?: PersonResult[];
}

export type ServerMessage =
  | { t: 'welcome'; pid: string; token: string; name: string; drill: DrillInfo }
  | { t: 'trainer-ok'; drill: DrillInfo; code: string; url: string }
  | { t: 'line'; line: LineView; answered?: boolean; flags?: string[] }
  // Also sent again on a rejoin, so a reloaded page shows the answer and its verdicts as before.
  | { t: 'ack'; step: number; intent: Intent; choice?: number; verdicts?: VerdictView[] }
  | { t: 'revealed'; step: number; flags: FlagShare[] }
  | { t: 'tally'; tally: Tally }
  | { t: 'roster'; participants: RosterEntry[] }
  | { t: 'status'; rssMb: number; heapMb: number; participants: number; online: number; step?: number; answerMs?: Spread }
  | { t: 'debrief'; debrief: Debrief }
  | { t: 'results'; results: RoomResults }
  | { t: 'ended'; reason: 'finished' | 'stopped' }
  | { t: 'kicked' }
  | { t: 'pong' }
  // The before/after check this participant is to fill in now (before the first line, or after the debrief and before 'ended').
  | { t: 'check'; phase: Phase; form: FormView; intro: string }
  | { t: 'check-saved'; phase: Phase }
  | { t: 'error'; code: ErrorCode; message: string };

export type ErrorCode =
  | 'bad-message' | 'too-fast' | 'wrong-code' | 'unknown-token' | 'not-joined' | 'not-trainer' | 'wrong-secret'
  | 'stale-line' | 'closed' | 'already-answered' | 'bad-choice' | 'ended' | 'kicked' | 'bad-pick' | 'unknown-participant' | 'bad-name'
  // The host is waiting for its store (not a failure: the answer is kept and acknowledged once saved).
  | 'saving' | 'room-full' | 'too-many-tries'
  // The trainer asked to follow the majority, and there is none: the room is split.
  | 'tie'
  // The drill follows the trainer's pick (--branch trainer), and none was given.
  | 'pick-needed';

/** Parse one incoming frame; a readable reason instead of an exception. */
export function parseClientMessage(raw: string): { ok: true; msg: ClientMessage } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'not JSON' };
  }
  const r = ClientMessage.safeParse(data);
  if (r.success) return { ok: true, msg: r.data };
  const issue = r.error.issues[0];
  return { ok: false, message: issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'not a known message' };
}

/** Join codes: letters nobody confuses when read off a projector (no I/L/1, O/0, S/5, Z/2, B/8, G/6, Q). */
export const CODE_ALPHABET = 'ACDEFHJKMNPRTUVWXY';
/** Six letters: 18^6 ≈ 34 million codes against a few tries per address (docs/security.md has the sums). */
export const CODE_LENGTH = 6;

/** What a person typed as a code: case and spaces do not matter. */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[^A-Z]/g, '');
