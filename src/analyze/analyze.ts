// Judging a real transcript with the same judge as practice and drills (core/judge): red flags are
// found in the caller's lines by the catalogue's cues (or taken from a JSON transcript that carries
// them), every receiver reply is read by the reader, and the judge decides the flags. Secrets are
// masked here, once, so no renderer can print them.
import { reader } from '../classify/reader';
import { flagsInLine } from '../classify/cues';
import { detectLang } from '../classify/lang';
import { debriefFrom, type Debrief } from '../core/debrief';
import { HANGUP_ENDING, HANGUP_TEXT } from '../core/constants';
import { Judge, walksAway, type Verdict } from '../core/judge';
import type { ReplyLang } from '../core/reader';
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

export interface Analysis {
  lang: ReplyLang;
  lines: AnalyzedLine[];
  verdicts: FlagVerdict[];
  debrief: Debrief;
  /** How the receiver left the conversation, when it counts (hung up, went to verify). */
  endedBy: 'hangup' | 'verify' | null;
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
  let caller = '';

  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.role === 'caller') {
      const flags = line.flags ?? flagsInLine(line.text, catalogue.flags);
      judge.present({ turn: `line-${n}`, step: n, flags });
      caller = line.text;
      out.push({ n, role: 'caller', text: reader.mask(line.text), flags });
      return;
    }
    const read = reader.read(line.text, { caller });
    const reading = {
      intent: line.known?.intent ?? read?.intent ?? 'stall',
      confidence: line.known?.confidence ?? read?.confidence ?? 0,
      leaks: [...new Set([...(line.known?.leaks ?? []), ...(read?.leaks ?? [])])],
    };
    const fresh = judge.read(reading);
    for (const v of fresh) decidedBy.set(v, n);
    endedBy = walksAway(reading) ? (reading.intent as 'hangup' | 'verify') : null;
    const entry: AnalyzedLine = {
      n,
      role: 'receiver',
      text: read?.text ?? '',
      flags: [],
      reading: { intent: reading.intent, confidence: round(reading.confidence), leaks: reading.leaks, clear: reading.confidence >= 0.6 },
    };
    if (fresh.length || reading.leaks.length) entry.decided = { verdict: fresh[0]?.verdict ?? 'missed', flags: fresh.length, critical: reading.leaks.length > 0 };
    out.push(entry);
  });
  const walkedAway = judge.walkedAway;
  for (const v of judge.end()) decidedBy.set(v, null);

  const verdicts: FlagVerdict[] = judge.verdicts.map((v) => ({ flag: v.flag, line: v.step, verdict: v.verdict, critical: v.critical, decidedBy: decidedBy.get(v) ?? null }));
  const debrief = debriefFrom({
    scenario: transcriptScenario,
    catalogue: catalogue as Catalogue,
    lang,
    verdicts: judge.verdicts,
    open: [],
    leaked: judge.leaked,
    // A transcript has no scripted ending: walking away is its safe end; otherwise it just stops.
    ...(walkedAway ? { end: { ending: HANGUP_ENDING, outcome: 'safe' as const, text: HANGUP_TEXT[lang] } } : {}),
  });
  return { lang, lines: out, verdicts, debrief, endedBy: walkedAway ? endedBy : null };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** What a debrief needs of a scenario, for a conversation that had none. */
const transcriptScenario = { id: 'transcript', title: { en: 'Call transcript', zh: '通话记录' }, endings: {}, channels: [] } as unknown as Scenario;
