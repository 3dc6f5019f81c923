// The scenario file format, as one zod schema. Every type the rest of the program uses for
// scenarios is inferred from here, and schema/*.schema.json is generated from it.
import { z } from 'zod';
import { CHANNELS, INTENTS, LANGS, LEAK_KINDS, ROUTE_KEYS, SCENARIO_KINDS } from './constants';
import type { Channel as ChannelT, Intent as IntentT, Lang as LangT, LeakKind as LeakKindT, RouteKey } from './constants';

export * from './constants';

export const Lang = z.enum(LANGS);
export type Lang = LangT;
export const Intent = z.enum(INTENTS);
export type Intent = IntentT;
export const LeakKind = z.enum(LEAK_KINDS);
export type LeakKind = LeakKindT;
export const Channel = z.enum(CHANNELS);
export type Channel = ChannelT;

const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by dashes, like "refund-offer"');

/** A line a person sees, in every language. A missing language is an error, not a fallback. */
export const Text = z.strictObject({
  en: z.string().trim().min(1, 'the English text is empty'),
  zh: z.string().trim().min(1, 'the Chinese text is empty'),
});
export type Text = z.infer<typeof Text>;

export const Choice = z.strictObject({
  en: z.string().trim().min(1),
  zh: z.string().trim().min(1),
  intent: Intent,
  /** Picking this answer gives away this kind of secret (e.g. reading out the code). */
  leak: LeakKind.optional(),
});
export type Choice = z.infer<typeof Choice>;

/** Where each kind of reply leads. `leak` wins over the intent; `default` catches the rest. */
export const Routes = z.strictObject({
  ...Object.fromEntries(INTENTS.map((i) => [i, Id.optional()])) as Record<Intent, z.ZodOptional<typeof Id>>,
  leak: Id.optional(),
  default: Id,
});
export type Routes = z.infer<typeof Routes>;

/**
 * Short lines the scammer says in answer to a reply, by the keys of `on:`: the ack of the route the
 * reply took (`default` for one that went by default) is said instead of the line when the reply
 * leads back to this turn, before the next line when it leads on (if the same speaker says it on
 * the same channel). Never before an ending.
 */
export const Acks = z.strictObject(Object.fromEntries(ROUTE_KEYS.map((k) => [k, Text.optional()])) as Record<RouteKey, z.ZodOptional<typeof Text>>);
export type Acks = z.infer<typeof Acks>;

/**
 * A scenario's own words for some of its flags, by flag id: why it is a red flag here and what to do,
 * when the catalogue's general words do not fit (a fake prosecutor's site is not a bank's app).
 */
export const FlagWords = z.record(Id, Text);
export type FlagWords = z.infer<typeof FlagWords>;

export const Pressure = z.strictObject({
  /** Seconds of silence before the scammer pushes on. */
  after: z.number().positive().max(3600),
  to: Id,
});

export const Turn = z.strictObject({
  say: Text,
  /** Who speaks this line, when not the scenario's caller (a second scammer, a "bank" SMS). */
  speaker: Text.optional(),
  /** The medium of this line, when the scam moves (SMS → call → chat app). */
  channel: Channel.optional(),
  /** Time that passes before this line in a thread that runs over days ("Three days later"), shown as a divider. */
  gap: Text.optional(),
  flags: z.array(Id).default([]),
  on: Routes,
  ack: Acks.optional(),
  choices: z.array(Choice).min(2).optional(),
  /**
   * Helper role: at this line the person on the call stops and asks the learner for advice, in these
   * words ("He says he needs the code. Should I give it to him?"). See core/helper-call.ts for the
   * moments a scenario without any `asks` gets.
   */
  asks: Text.optional(),
  pressure: Pressure.optional(),
  /** This line's own `why` and `todo` for flags it carries; they win over the scenario's and the catalogue's. */
  why: FlagWords.optional(),
  todo: FlagWords.optional(),
});
export type Turn = z.infer<typeof Turn>;

const EndingBase = { say: Text };
export const Ending = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('safe'), ...EndingBase }),
  z.strictObject({
    outcome: z.literal('loss'),
    amount: z.number().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/).default('CNY'),
    ...EndingBase,
  }),
  z.strictObject({ outcome: z.literal('leak'), data: z.array(LeakKind).min(1), ...EndingBase }),
]);
export type Ending = z.infer<typeof Ending>;

export const Scenario = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  /** A scam (its lines carry red flags), or a real call (its lines carry green flags). */
  kind: z.enum(SCENARIO_KINDS).default('scam'),
  title: Text,
  summary: Text.optional(),
  channel: Channel,
  caller: z.strictObject({ name: Text, number: z.string().min(1) }),
  tags: z.array(Id).default([]),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  /** Official channels (ids in the catalogue) the debrief tells the person to use. */
  channels: z.array(Id).default([]),
  start: Id,
  turns: z.record(Id, Turn),
  endings: z.record(Id, Ending),
  /** The scenario's own `why` and `todo` for flags its lines carry, on every such line. */
  why: FlagWords.optional(),
  todo: FlagWords.optional(),
});
export type Scenario = z.infer<typeof Scenario>;

export const Cues = z.strictObject({
  /** Regular expressions (case-insensitive) that show the flag in a scammer's line. */
  en: z.array(z.string()).default([]),
  zh: z.array(z.string()).default([]),
});

export const Flag = z.strictObject({
  name: Text,
  why: Text,
  todo: Text,
  channels: z.array(Id).default([]),
  cues: Cues.optional(),
  /** A green flag: a sign that makes a real call checkable ("tells you to call the number on your card"). */
  green: z.boolean().default(false),
});
export type Flag = z.infer<typeof Flag>;

/** `contact` is in each language too, even a bare number: a screen shows one language. */
export const OfficialChannel = z.strictObject({ name: Text, contact: Text });
export type OfficialChannel = z.infer<typeof OfficialChannel>;

export const Catalogue = z.strictObject({
  $schema: z.string().optional(),
  flags: z.record(Id, Flag),
  channels: z.record(Id, OfficialChannel).default({}),
});
export type Catalogue = z.infer<typeof Catalogue>;
