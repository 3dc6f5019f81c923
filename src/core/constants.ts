// The fixed vocabularies of the scenario format, free of zod so the engine and the start-up path
// of every command can use them without loading the schema library (~50 ms).
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** What a reply means. The verdict rules (core/judge.ts; docs/architecture.md, "The judge") are written in these terms. */
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

/** A scam, or a real call whose checkable signs (green flags) the learner should tell apart from one. */
export const SCENARIO_KINDS = ['scam', 'legitimate'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const OUTCOMES = ['safe', 'loss', 'leak'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A built-in ending every conversation has: the person hung up (or stopped replying). */
export const HANGUP_ENDING = 'hung-up';
export const HANGUP_TEXT: Record<Lang, string> = { en: 'You ended the conversation.', zh: '你结束了对话。' };

/**
 * How a drill participant's own call ended when no ending of the scenario was theirs: each person
 * is told what their own answers did, never the room's story as if it were theirs.
 */
export const OWN_END_TEXT = {
  refused: {
    en: 'You did not go along with the caller: the scam did not work on you.',
    zh: '你没有按对方说的做，这个骗局在你身上没有得逞。',
  },
  leaked: {
    en: 'You gave away a secret during the call. Treat it as known to the scammer: change it, or call your bank on the number on your card.',
    zh: '你在通话中泄露了机密信息，要当作骗子已经知道了：马上修改，或拨打银行卡背面的电话。',
  },
  wentAlong: {
    en: 'The room got away from the scammer, but you were still going along with the caller when the call ended.',
    zh: '大家最后没有上当，但通话结束时你还在按对方说的做。',
  },
  absent: {
    en: 'You did not answer any line of this call.',
    zh: '这次通话你一句也没有回答。',
  },
} satisfies Record<string, Record<Lang, string>>;
