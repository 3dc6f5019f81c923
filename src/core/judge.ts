// The verdict rules of DESIGN.md as pure functions over the machine's context.
import type { Intent, LeakKind } from './schema';
import { CONFIDENT } from './reader';

export const SAFE_INTENTS: readonly Intent[] = ['refuse', 'verify', 'hangup', 'challenge', 'consult'];
/** Ending the conversation this way settles every open flag as caught. */
export const WALK_AWAY_INTENTS: readonly Intent[] = ['hangup', 'verify'];

/** One red flag on one scammer line, the n-th line of the conversation. */
export interface Occurrence {
  flag: string;
  turn: string;
  step: number;
}

export type VerdictKind = 'caught' | 'missed';

export interface Verdict extends Occurrence {
  verdict: VerdictKind;
  /** A secret was given away in the reply that decided it. */
  critical: boolean;
}

export interface DrillContext {
  step: number;
  open: Occurrence[];
  verdicts: Verdict[];
  leaked: LeakKind[];
  lastIntent: Intent | null;
}

export interface ReplyEvent {
  type: 'user.reply';
  intent: Intent;
  confidence: number;
  leaks: LeakKind[];
}

export const initialContext = (): DrillContext => ({ step: 0, open: [], verdicts: [], leaked: [], lastIntent: null });

/** What a reply decides for the flags still open: caught, missed, or nothing yet. */
export function replyVerdict(e: ReplyEvent): VerdictKind | null {
  if (e.leaks.length) return 'missed';
  if (e.confidence < CONFIDENT) return null;
  if (SAFE_INTENTS.includes(e.intent)) return 'caught';
  if (e.intent === 'comply') return 'missed';
  return null;
}

export function judgeReply(ctx: DrillContext, e: ReplyEvent): DrillContext {
  const verdict = replyVerdict(e);
  const leaked = [...new Set([...ctx.leaked, ...e.leaks])];
  const base = { ...ctx, leaked, lastIntent: e.confidence >= CONFIDENT ? e.intent : null };
  if (!verdict) return base;
  const critical = e.leaks.length > 0;
  return { ...base, open: [], verdicts: [...ctx.verdicts, ...ctx.open.map((o) => ({ ...o, verdict, critical }))] };
}

export function enterTurn(ctx: DrillContext, turn: string, flags: readonly string[]): DrillContext {
  const step = ctx.step + 1;
  return { ...ctx, step, open: [...ctx.open, ...flags.map((flag) => ({ flag, turn, step }))] };
}

/** At an ending, nothing stays open: walking away catches them, anything else misses them. */
export function settle(ctx: DrillContext): DrillContext {
  const verdict: VerdictKind = ctx.lastIntent && WALK_AWAY_INTENTS.includes(ctx.lastIntent) ? 'caught' : 'missed';
  return { ...ctx, open: [], verdicts: [...ctx.verdicts, ...ctx.open.map((o) => ({ ...o, verdict, critical: false }))] };
}
