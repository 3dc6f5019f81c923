// A stored drill → the trainer's records: JSON (everything), CSV (one row per person and red flag,
// and one for each answer to a line without their flags), Markdown (the room per line and per
// person, in the drill's language). Built by replaying the stored records, so the export says
// exactly what the room said. Answer text is the redacted text the host stored.
import { toCsv } from '../report/csv';
import type { Catalogue, Scenario } from '../core/schema';
import type { DrillRow } from './store';
import type { RoomResults } from './protocol';
import { Room, type RoomRecord } from './room';
import type { Debrief } from '../core/debrief';
import type { ScenarioKind } from '../core/constants';
import { kindWord, outcomeWord, t, type Holes, type LabelKey } from '../words/labels';

export const EXPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface DrillExport {
  /** `kind`: a scam, or a real call (its flags green: `caught` is handled right, `missed` a false alarm). */
  drill: { id: string; scenario: string; kind: ScenarioKind; code: string; createdAt: string; endedAt: string | null; settings: DrillRow['settings'] };
  results: RoomResults;
  people: { pid: string; name: string; debrief: Debrief; answers: { step: number; turn: string; intent: string; text: string; choice?: number }[] }[];
}

/** A drill's results from its stored records (DrillStore.records). */
export function buildExport(records: readonly RoomRecord[], row: DrillRow, scenario: Scenario, catalogue: Catalogue): DrillExport {
  const room = Room.replay({ drillId: row.id, scenario, catalogue, ...row.settings }, records, () => row.endedAt ?? Date.now());
  const results = room.results();
  return {
    drill: {
      id: row.id, scenario: row.scenario, kind: scenario.kind, code: row.code, settings: row.settings,
      createdAt: new Date(row.createdAt).toISOString(), endedAt: row.endedAt === null ? null : new Date(row.endedAt).toISOString(),
    },
    results,
    people: room.pids().map((pid) => ({
      pid,
      name: room.displayName(pid),
      debrief: room.debriefFor(pid),
      answers: records.flatMap((r) => (r.type === 'answer' && r.pid === pid ? [{ step: r.step, turn: r.turn, intent: r.intent, text: r.text, ...(r.choice ? { choice: r.choice } : {}) }] : [])),
    })),
  };
}

export function formatExport(x: DrillExport, format: ExportFormat): string {
  if (format === 'json') return `${JSON.stringify(x, null, 2)}\n`;
  if (format === 'csv') return drillCsv(x);
  return toMarkdown(x);
}

const CSV_HEADER = ['drill', 'participant', 'name', 'step', 'turn', 'flag', 'verdict', 'critical', 'answer_intent', 'answer_text', 'score', 'outcome', 'kind'];

function drillCsv(x: DrillExport): string {
  const rows: (string | number)[][] = [];
  for (const p of x.people) {
    const mine: { step: number; row: (string | number)[] }[] = [];
    for (const f of p.debrief.flags) {
      const a = p.answers.find((ans) => ans.step === f.step);
      mine.push({ step: f.step, row: [x.drill.id, p.pid, p.name, f.step, f.turn, f.id, f.verdict, f.critical ? 'yes' : 'no', a?.intent ?? '', a?.text ?? '', p.debrief.score, p.debrief.outcome, x.drill.kind] });
    }
    // Every answer given is exported: one to a line that holds none of their flags (their own call
    // had ended, or the line has no flag) gets a row of its own, with the flag columns empty.
    for (const a of p.answers) {
      if (!p.debrief.flags.some((f) => f.step === a.step)) mine.push({ step: a.step, row: [x.drill.id, p.pid, p.name, a.step, a.turn, '', '', '', a.intent, a.text, p.debrief.score, p.debrief.outcome, x.drill.kind] });
    }
    rows.push(...mine.sort((m, n) => m.step - n.step).map((m) => m.row));
  }
  return toCsv(CSV_HEADER, rows);
}

const md = (s: string | number) => String(s).replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '–');

function toMarkdown(x: DrillExport): string {
  const r = x.results;
  const lang = r.lang;
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  // A real call's flags are green: "handled right" and "false alarm" instead of "caught" and "missed".
  const green = x.drill.kind === 'legitimate';
  const [flag, caught, missed, open] = [kindWord('redFlag', green, lang), kindWord('caught', green, lang), kindWord('missed', green, lang), w('open')];
  const out: string[] = [];
  out.push(`# ${w('mdDrill', { id: x.drill.id, title: md(r.title) })}`, '');
  const end = x.drill.endedAt ? w('mdEndedAt', { at: x.drill.endedAt }) : w('mdNotEnded');
  out.push(w('mdAbout', { scenario: r.scenario, kind: kindWord('kindScam', green, lang), start: x.drill.createdAt, end, outcome: outcomeWord(r.outcome, green, lang), n: r.people.length }), '');
  out.push(`## ${w('mdPerLine')}`, '');
  for (const l of r.lines) {
    out.push(`### ${w('mdLine', { n: l.step, turn: l.turn, answered: l.answered })}`, '', `> ${md(l.text)}`, '');
    if (l.flags.length) {
      out.push(`| ${flag} | ${caught} | ${missed} | ${open} | ${w('mdShare', { word: caught })} |`, '| --- | ---: | ---: | ---: | ---: |');
      for (const f of l.flags) out.push(`| ${md(f.name)} | ${f.caught} | ${f.missed} | ${f.open} | ${pct(f.caught, f.caught + f.missed + f.open)} |`);
      out.push('');
    }
  }
  out.push(`## ${w('mdPerPerson')}`, '', `| ${w('mdParticipant')} | ${w('mdOutcome')} | ${caught} | ${missed} | ${open} | ${w('mdScore')} |`, '| --- | --- | ---: | ---: | ---: | ---: |');
  for (const p of r.people) out.push(`| ${md(p.name)}${p.kicked ? ` ${w('removed')}` : ''} | ${outcomeWord(p.outcome, green, lang)} | ${p.caught} | ${p.missed} | ${p.open} | ${p.score} |`);
  if (r.leaderboard) {
    out.push('', `## ${w('leaderboard')}`, '');
    r.leaderboard.forEach((p, i) => out.push(`${i + 1}. ${md(p.name)} — ${p.score}`));
  }
  return `${out.join('\n')}\n`;
}
