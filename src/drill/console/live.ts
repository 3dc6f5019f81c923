// The trainer console's live view as rows already wrapped to the screen's width, so the console
// knows its height before drawing and can fit it to the terminal (80×24 at least): the join
// details, who is in, the scammer's line with its answers, the tally, the tie prompt, the flags.
// `focus` is the part that must be in view when it all does not fit: the line and its tally, or the
// QR code while it is asked for. Pure: the console draws the rows and scrolls them.
import { INTENTS } from '../../core/constants';
import type { Lang } from '../../core/schema';
import { wrapSpans } from '../../ink/wrap';
import { labelled, type StyledSpan } from '../../ink/components/Wrapped';
import { displayWidth, padCells } from '../../report/text';
import { colon, inParens, kindWord, t, type Holes, type LabelKey } from '../../words/labels';
import { errorText } from '../words';
import type { RoomPick } from '../protocol';
import type { TrainerState } from './state';

export interface LiveInput {
  s: TrainerState;
  lang: Lang;
  green: boolean;
  columns: number;
  code: string;
  joinUrl: string;
  drillId: string;
  /** The secret while the trainer asks for it (t), else undefined. */
  secret: string | undefined;
  secondsLeft: number | undefined;
  /** The join QR code's rows, when it shows. */
  qr: readonly string[] | undefined;
  note: string | undefined;
  lost: boolean;
}

export interface Live {
  rows: StyledSpan[][];
  /** Rows [start, end) that must be in view: the current line to its last tally row, or the QR code. */
  focus: { start: number; end: number };
}

const bar = (n: number, total: number, width = 24) => '█'.repeat(total ? Math.round((n / total) * width) : 0);

export function liveRows(i: LiveInput): Live {
  const { s, lang, green, columns } = i;
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  const rows: StyledSpan[][] = [];
  const add = (spans: StyledSpan[], width = columns, indent = 0) => {
    for (const row of wrapSpans(spans, width - indent)) rows.push(indent ? [{ text: ' '.repeat(indent) }, ...row] : row);
  };
  const blank = () => rows.push([]);
  // Chinese punctuation on a Chinese screen: "加入地址：…（或：…）".
  const said = colon(lang);

  add([
    { text: w('consoleTitle'), bold: true },
    { text: `  ${w('codeIs')} ` },
    { text: i.code, bold: true, color: 'cyan' },
    { text: `  ${w('joinAt')}${said}` },
    { text: i.joinUrl, bold: true },
    { text: ` ${inParens(`${w('orJoin')}${said}scamdrill drill join ${i.joinUrl.replace(/^https?:\/\//, '')} --code ${i.code} --name ${w('nameHole')}`, lang)}` },
  ]);
  const about = [w('drillId', { id: i.drillId }), ...(s.rssMb !== undefined ? [w('hostMemory', { mb: s.rssMb })] : []), ...(s.connected ? [] : [w('connecting')]), `${w('secretIs')}${said}${i.secret ?? w('secretHidden')}`];
  add([...(s.drill ? [{ text: `${s.drill.title}  `, bold: true }] : []), { text: about.join(' · '), dimColor: true }]);
  rosterRows(i).forEach((r) => rows.push(r));

  let focus = { start: rows.length, end: rows.length };
  if (s.line) {
    const tally = s.tally;
    const total = tally ? tally.answered + tally.waiting : 0;
    blank();
    const start = rows.length;
    const status = [w('line', { n: s.line.step }), ...(i.secondsLeft !== undefined ? [w('secondsLeft', { n: i.secondsLeft })] : []), ...(s.line.open ? [] : [w('answersClosed')])];
    add([{ text: status.join(' · '), dimColor: true }]);
    if (s.line.gap) add([{ text: w('timePassed', { gap: s.line.gap }), dimColor: true }]);
    add(labelled(s.line.speaker, s.line.text, lang, { color: 'red', bold: true }));
    for (const c of s.line.choices) {
      const n = tally?.byChoice[`#${c.n}`] ?? 0;
      add([{ text: `${c.n}. ${c.text}  ` }, { text: bar(n, total), color: 'cyan' }, { text: ` ${n}` }], columns, 2);
    }
    blank();
    add([{ text: w('answeredWaiting', { answered: tally?.answered ?? 0, waiting: tally?.waiting ?? 0 }) }]);
    if (tally?.tie) add([{ text: pickWords('tiePick', tally.tie, s.line.choices.length, lang), bold: true, color: 'yellow' }]);
    if (tally?.trainer?.length) add([{ text: pickWords('trainerPick', tally.trainer, s.line.choices.length, lang), bold: true, color: 'yellow' }]);
    const widest = Math.max(...INTENTS.map((x) => displayWidth(w(x))));
    for (const x of INTENTS) {
      const n = tally?.byIntent[x];
      if (n) add([{ text: `${padCells(w(x), widest)} ` }, { text: bar(n, total), color: 'cyan' }, { text: ` ${n}` }], columns, 2);
    }
    if (s.revealed.length) {
      blank();
      add([{ text: `${kindWord('lineFlags', green, lang)}${said.trim()}`, bold: true }]);
      for (const f of s.revealed) add([{ text: `• ${f.name} — ${kindWord('caughtBy', green, lang, { caught: f.caught, all: f.caught + f.missed + f.open })}` }]);
    } else add([{ text: kindWord('flagsHidden', green, lang, { n: s.flags.length }), dimColor: true }]);
    focus = { start, end: rows.length };
  }
  if (s.error) add([{ text: errorText(s.error, lang), color: 'yellow' }]);
  if (i.qr) {
    blank();
    const start = rows.length;
    for (const r of i.qr) rows.push([{ text: r, color: 'black', backgroundColor: 'white' }]);
    focus = { start, end: rows.length };
  }
  if (i.note) add([{ text: i.note, dimColor: true }]);
  if (i.lost) add([{ text: w('lost'), color: 'yellow' }]);
  return { rows, focus };
}

/**
 * "Participants: 3 (3 online) 1:Mei ✓  2:Li" as rows, each person whole on one row (a name is
 * never split across two), the newest last.
 */
function rosterRows({ s, lang, columns }: LiveInput): StyledSpan[][] {
  const online = s.roster.filter((r) => r.online && !r.kicked).length;
  const people = s.roster.map((r) => `${r.pid.slice(1)}:${r.name}${r.kicked ? '✗' : r.answered ? '✓' : r.online ? '' : t('offline', lang)}`);
  const rows: StyledSpan[][] = [];
  let row: StyledSpan[] = [{ text: `${t('participants', lang)}${colon(lang)}` }, { text: String(s.roster.length), bold: true }, { text: ` ${t('online', lang, { n: online })}` }];
  let used = row.reduce((n, x) => n + displayWidth(x.text), 0);
  for (const p of people) {
    const width = displayWidth(p);
    if (used + 2 + width > columns && used > 0) {
      rows.push(row);
      row = [];
      used = 0;
    }
    if (width > columns) {
      // A name wider than the screen: wrapped on rows of its own.
      const wrapped = wrapSpans([{ text: p }], columns);
      rows.push(...wrapped.slice(0, -1));
      row = wrapped.at(-1) ?? [];
      used = displayWidth(row.map((x) => x.text).join(''));
      continue;
    }
    row.push({ text: used ? `  ${p}` : p });
    used += (used ? 2 : 0) + width;
  }
  rows.push(row);
  return rows;
}

/**
 * "tie: pick 1–3 (#1 · #3)", or in a drill that follows the trainer "your pick: …"; on a line without
 * numbered answers the readings are numbered themselves.
 */
function pickWords(key: 'tiePick' | 'trainerPick', picks: readonly RoomPick[], choices: number, lang: Lang): string {
  const say = (pick: RoomPick) => ('choice' in pick ? `#${pick.choice}` : 'intent' in pick ? t(pick.intent, lang) : t('unclear', lang));
  const between = picks.map((pick, n) => (choices ? say(pick) : `${n + 1} ${say(pick)}`)).join(' · ');
  return t(key, lang, { n: choices || picks.length, between });
}
