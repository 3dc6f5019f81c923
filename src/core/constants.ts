// The fixed vocabularies of the scenario format, free of zod so the engine and the start-up path
// of every command can use them without loading the schema library (~50 ms).
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** What a reply means. The verdict rules (DESIGN.md) are written in these terms. */
export const INTENTS = ['comply', 'refuse', 'verify', 'hangup', 'challenge', 'consult', 'question', 'stall'] as const;
export type Intent = (typeof INTENTS)[number];

/** Kinds of secret a person can give away. */
export const LEAK_KINDS = ['code', 'card', 'id', 'password', 'phone'] as const;
export type LeakKind = (typeof LEAK_KINDS)[number];

/** The keys of a turn's `on:` map: an intent, a leak, or anything else. */
export const ROUTE_KEYS = [...INTENTS, 'leak', 'default'] as const;
export type RouteKey = (typeof ROUTE_KEYS)[number];

export const CHANNELS = ['call', 'sms', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];

export const OUTCOMES = ['safe', 'loss', 'leak'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A built-in ending every conversation has: the person hung up (or stopped replying). */
export const HANGUP_ENDING = 'hung-up';
export const HANGUP_TEXT: Record<Lang, string> = { en: 'You ended the conversation.', zh: '你结束了对话。' };
