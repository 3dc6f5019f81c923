// Judging a real transcript with the same judge as practice and drills (core/judge): red flags are
// found in the caller's lines by the caller model (classify/model: trained on real calls, with the
// catalogue's cues for the flags too rare to learn), or taken from a JSON transcript that carries
// them; every receiver reply is read by the reader against the caller's line before it, and the
// judge decides the flags. Secrets are masked here, once, so no renderer can print them.
import { reader } from '../classify/reader';
import { lineFlags } from '../classify/model/read';
import { detectLang } from '../classify/lang';
import { debriefFrom, type Debrief } from '../core/debrief';
import { HANGUP_ENDING, HANGUP_TEXT } from '../core/constants';
import { ASKED_BY, Judge, walksAway, type Verdict } from '../core/judge';
import type { ReplyLang } from '../core/reader';
import { Typed } from '../core/reply';
import type { Catalogue, Intent, LeakKind, Scenario } from '../core/schema';
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
  /** Receiver lines: how many flags this reply decided each way (a secret it gave away makes the request for it missed). */
  decided?: { caught: number; missed: number; critical: boolean };
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

export interface Analysis {
  lang: ReplyLang;
  lines: AnalyzedLine[];
  verdicts: FlagVerdict[];
  debrief: Debrief;
  /**
   * How the conversation ended, when it decides the flags still open: the receiver hung up or went
   * to verify, or had exposed or refused the caller and never went along afterwards ("firm"): they
   * count as caught; or the call just stopped with flags still open ("open"): they count as missed.
   */
  endedBy: 'hangup' | 'verify' | 'firm' | 'open' | null;
}

export interface AnalyzeOptions {
  /** Language of the flag names and advice; also forces how replies are read. Default: detected. */
  lang?: ReplyLang | 'auto';
}

export function analyzeTranscript(lines: readonly TranscriptLine[], catalogue: Pick<Catalogue, 'flags' | 'channels'>, opts: AnalyzeOptions = {}): Analysis {
  const forced = opts.lang && opts.lang !== 'auto' ? opts.lang : undefined;
  const lang: ReplyLang = forced ?? detectLang(lines.map((l) => l.text).join('\n'));
  const judge = new Judge();
  const out: AnalyzedLine[] = [];
  const decidedBy = new Map<Verdict, number | null>();
  let endedBy: Analysis['endedBy'] = null;
  let caller: { text: string; flags: readonly string[] } | undefined;
  // the flags shown on the caller's lines so far: a line that pushes again carries what it pushes
  const shown = new Set<string>();
  // the receiver's lines so far: a secret read out over several of them is found in the last
  const typed = new Typed();

  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.role === 'caller') {
      const flags = line.flags ?? lineFlags(line.text, catalogue.flags, !caller, shown);
      for (const f of flags) shown.add(f);
      judge.present({ turn: `line-${n}`, step: n, flags });
      caller = { text: line.text, flags };
      out.push({ n, role: 'caller', text: reader.mask(line.text), flags });
      return;
    }
    const read = reader.read(line.text, { ...(caller && { caller: caller.text, flags: caller.flags }), ...typed.before });
    typed.note(line.text, caller?.text);
    const reading = {
      intent: line.known?.intent ?? read?.intent ?? 'stall',
      confidence: line.known?.confidence ?? read?.confidence ?? 0,
      leaks: [...new Set([...(line.known?.leaks ?? []), ...(read?.leaks ?? [])])],
    };
    const fresh = judge.read(reading);
    for (const v of fresh) decidedBy.set(v, n);
    endedBy = walksAway(reading) ? (reading.intent as 'hangup' | 'verify') : null;
    out.push({
      n,
      role: 'receiver',
      text: read?.text ?? '',
      flags: [],
      reading: { intent: reading.intent, confidence: round(reading.confidence), leaks: reading.leaks, clear: reading.confidence >= 0.6 },
    });
  });
  const walkedAway = judge.walkedAway;
  // The end settles what is still open (core/judge): caught for someone who walked away or had
  // stood firm (refused or exposed the caller, never went along after), missed otherwise.
  const settled = judge.end();
  for (const v of settled) decidedBy.set(v, null);

  // A request caught at first is missed after all when its secret was given away later (the judge
  // shows the whole call): decided by the first reply after the request that gave it away.
  const gaveAway = (v: Verdict) => out.find((l) => l.n > v.step && l.reading?.leaks.some((k) => ASKED_BY[k].includes(v.flag)))?.n ?? null;
  const verdicts: FlagVerdict[] = judge.verdicts.map((v) => ({
    flag: v.flag,
    line: v.step,
    verdict: v.verdict,
    critical: v.critical,
    decidedBy: decidedBy.has(v) ? decidedBy.get(v)! : gaveAway(v),
  }));
  // each reply's note: what it decided, or the secret it gave away
  for (const l of out) {
    if (l.role !== 'receiver') continue;
    const mine = verdicts.filter((v) => v.decidedBy === l.n);
    if (mine.length || l.reading!.leaks.length) {
      l.decided = { caught: mine.filter((v) => v.verdict === 'caught').length, missed: mine.filter((v) => v.verdict === 'missed').length, critical: l.reading!.leaks.length > 0 };
    }
  }
  const debrief = debriefFrom({
    scenario: transcriptScenario,
    catalogue: catalogue as Catalogue,
    lang,
    verdicts: verdicts.map((v) => ({ flag: v.flag, turn: `line-${v.line}`, step: v.line, verdict: v.verdict, critical: v.critical })),
    open: [],
    leaked: judge.leaked,
    // A transcript has no scripted ending: walking away is its safe end; otherwise it just stops.
    ...(walkedAway ? { end: { ending: HANGUP_ENDING, outcome: 'safe' as const, text: HANGUP_TEXT[lang] } } : {}),
  });
  const firm = settled.some((v) => v.verdict === 'caught');
  const leftOpen = settled.some((v) => v.verdict === 'missed');
  return { lang, lines: out, verdicts, debrief, endedBy: walkedAway ? endedBy : firm ? 'firm' : leftOpen ? 'open' : null };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** What a debrief needs of a scenario, for a conversation that had none. */
const transcriptScenario = { id: 'transcript', title: { en: 'Call transcript', zh: '通话记录' }, endings: {}, channels: [] } as unknown as Scenario;
