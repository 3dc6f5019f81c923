// Judging a real transcript with the same verdict rules as a drill: red flags are found in the
// caller's lines by the catalogue's cues, every receiver reply is read by the classifier, and the
// flags still open are decided by the reply (machine/verdicts). Secrets are redacted here, once,
// so no renderer can print them.
import { classify, redact } from '../classify/index';
import { flagText, type FlagCount } from '../core/debrief';
import { flagsInLine } from '../classify/cues';
import { detectLang } from '../classify/lang';
import type { ReplyLang } from '../core/reader';
import { enterTurn, initialContext, judgeReply, settle, type DrillContext } from '../core/judge';
import type { Catalogue, Intent, LeakKind } from '../core/schema';
import type { Role, TranscriptLine } from './parse';

export type FlagVerdictKind = 'caught' | 'missed';

export interface AnalyzedLine {
  /** 1-based position in the conversation. */
  n: number;
  role: Role;
  /** The line as said, with every secret masked. */
  text: string;
  /** Caller lines: red flags shown by the line. */
  flags: string[];
  /** Receiver lines: how the reply was read. */
  reading?: { intent: Intent; confidence: number; leaks: LeakKind[]; clear: boolean };
  /** Receiver lines: the verdict this reply gave the flags that were open, if it decided them. */
  decided?: { verdict: FlagVerdictKind; flags: number; critical: boolean };
}

export interface FlagVerdict {
  flag: string;
  /** The caller line (n) that showed the flag. */
  line: number;
  verdict: FlagVerdictKind;
  critical: boolean;
  /** The receiver line that decided it, or null when the end of the conversation did. */
  decidedBy: number | null;
}

export interface Debrief {
  caught: number;
  missed: number;
  critical: number;
  leaked: LeakKind[];
  /** How the receiver left the conversation, when it counts (hung up, went to verify). */
  endedBy: 'hangup' | 'verify' | null;
  flags: FlagCount[];
  channels: Array<{ id: string; name: string; contact: string }>;
}

export interface Analysis {
  lang: ReplyLang;
  lines: AnalyzedLine[];
  verdicts: FlagVerdict[];
  debrief: Debrief;
}

export interface AnalyzeOptions {
  /** Language of the flag names and advice; also forces how replies are read. Default: detected. */
  lang?: ReplyLang | 'auto';
}

export function analyzeTranscript(lines: readonly TranscriptLine[], catalogue: Pick<Catalogue, 'flags' | 'channels'>, opts: AnalyzeOptions = {}): Analysis {
  const forced = opts.lang && opts.lang !== 'auto' ? opts.lang : undefined;
  const lang: ReplyLang = forced ?? detectLang(lines.map((l) => l.text).join('\n'));
  let ctx: DrillContext = initialContext();
  const out: AnalyzedLine[] = [];
  const decidedBy = new Map<number, number | null>(); // index in ctx.verdicts → receiver line

  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.role === 'caller') {
      const flags = flagsInLine(line.text, catalogue.flags);
      ctx = enterTurn(ctx, `line-${n}`, flags);
      out.push({ n, role: 'caller', text: redact(line.text), flags });
      return;
    }
    const r = classify(line.text, { lang: forced ?? 'auto' });
    const leaks = r.leaks.map((l) => l.kind);
    const before = ctx.verdicts.length;
    ctx = judgeReply(ctx, { type: 'user.reply', intent: r.intent, confidence: r.confidence, leaks });
    const fresh = ctx.verdicts.slice(before);
    for (let k = before; k < ctx.verdicts.length; k++) decidedBy.set(k, n);
    const entry: AnalyzedLine = {
      n,
      role: 'receiver',
      text: redact(line.text),
      flags: [],
      reading: { intent: r.intent, confidence: round(r.confidence), leaks, clear: r.confidence >= 0.6 },
    };
    if (fresh.length || leaks.length) {
      const verdict = fresh[0]?.verdict ?? 'missed';
      entry.decided = { verdict, flags: fresh.length, critical: leaks.length > 0 };
    }
    out.push(entry);
  });

  const settled = ctx.verdicts.length;
  ctx = settle(ctx);
  for (let k = settled; k < ctx.verdicts.length; k++) decidedBy.set(k, null);

  const verdicts: FlagVerdict[] = ctx.verdicts.map((v, k) => ({
    flag: v.flag,
    line: Number(v.turn.replace('line-', '')),
    verdict: v.verdict,
    critical: v.critical,
    decidedBy: decidedBy.get(k) ?? null,
  }));
  return { lang, lines: out, verdicts, debrief: debrief(ctx, verdicts, catalogue, lang) };
}

const round = (x: number) => Math.round(x * 100) / 100;

function debrief(ctx: DrillContext, verdicts: FlagVerdict[], catalogue: Pick<Catalogue, 'flags' | 'channels'>, lang: ReplyLang): Debrief {
  const byFlag = new Map<string, FlagCount>();
  const channelIds = new Set<string>();
  for (const v of verdicts) {
    let f = byFlag.get(v.flag);
    if (!f) {
      const def = catalogue.flags[v.flag];
      f = { id: v.flag, ...flagText(catalogue, v.flag, lang), caught: 0, missed: 0 };
      byFlag.set(v.flag, f);
      for (const c of def?.channels ?? []) channelIds.add(c);
    }
    f[v.verdict]++;
  }
  const channels = [...channelIds]
    .map((id) => ({ id, ch: catalogue.channels?.[id] }))
    .filter((c) => c.ch)
    .map(({ id, ch }) => ({ id, name: ch!.name[lang], contact: ch!.contact }));
  const last = ctx.lastIntent;
  return {
    caught: verdicts.filter((v) => v.verdict === 'caught').length,
    missed: verdicts.filter((v) => v.verdict === 'missed').length,
    critical: verdicts.filter((v) => v.critical).length,
    leaked: ctx.leaked,
    endedBy: last === 'hangup' || last === 'verify' ? last : null,
    flags: [...byFlag.values()],
    channels,
  };
}
