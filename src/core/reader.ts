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

export const CONFIDENT = 0.6;
