// The stable interface between reading replies and everything that uses the reading.
import type { Intent, LeakKind } from './schema';

export type ReplyLang = 'en' | 'zh';

/** A secret found in a reply: its kind and where it is (UTF-16 offsets, end exclusive). */
export interface Leak {
  kind: LeakKind;
  start: number;
  end: number;
}

export interface Reading {
  intent: Intent;
  /** 0..1. Below CONFIDENT the engine keeps the flags open instead of guessing. */
  confidence: number;
  leaks: Leak[];
  lang: ReplyLang;
}

export interface ClassifyOptions {
  lang?: ReplyLang | 'auto';
}

/** Below this confidence a reading is unclear: the flags stay open and the turn takes its default route. */
export const CONFIDENT = 0.6;

/**
 * A secret read out over up to this many consecutive replies (a card four digits a reply) is found
 * in the reply that completes it: each front end keeps the person's last SPLIT_REPLIES - 1 replies,
 * as typed, in memory only, with the caller's lines they answered, and hands them over as
 * ReplyContext.earlier and ReplyContext.callers.
 */
export const SPLIT_REPLIES = 5;

/** What the caller's line was about, so a reply can be read against it ("我不挂" after "别挂电话"). */
export interface ReplyContext {
  /** The caller's line the reply answers, in the reply's language. */
  caller?: string;
  /** The red flags that line carries (scenario turns), when known. */
  flags?: readonly string[];
  /** The person's previous replies in this conversation, as typed, oldest first (see SPLIT_REPLIES). */
  earlier?: readonly string[];
  /** The caller's lines those replies answered, in the same order (one a front end did not keep is undefined). */
  callers?: ReadonlyArray<string | undefined>;
}

/** What a front end keeps of the exchange before a reply (Typed.before): the person's replies and the lines they answered. */
export type Before = Pick<ReplyContext, 'earlier' | 'callers'>;

/** A reply as read for every front end: cleaned, masked, and what it means. */
export interface ReadText {
  /** Cleaned and masked: safe to show, store and send. */
  text: string;
  intent: Intent;
  confidence: number;
  leaks: LeakKind[];
  lang: ReplyLang;
}

/**
 * The reader every front end is given: one pass that cleans the text, detects its language, finds
 * the secrets once, reads the intent and masks the text. The core knows only this interface.
 */
export interface Reader {
  /** null for a reply with nothing in it once cleaned. */
  read(text: string, context?: ReplyContext): ReadText | null;
  /** Mask the secrets in text the program itself shows (an authored answer, a name). */
  mask(text: string): string;
  /**
   * Get ready to read without blocking (load the trained weights): a front end starts it as a
   * session starts, so the person's first reply does not wait for it. Reading works without it.
   */
  prepare?(): Promise<void>;
}
