// The line-by-line spot drill: no boxes, one line of text per event, answers typed and sent with
// Enter. Reads well in a screen reader and in any terminal. Same reducer as the full screen.
import { createInterface } from 'node:readline';
import type { Lang } from '../core/constants';
import type { TextStyle } from '../report/text';
import { t } from '../words/labels';
import type { SpotCall } from './call';
import { formatCall, formatTotals, sep } from './report';
import { spotResult } from './result';
import { spotReducer, startSpot, type SpotAction, type SpotState } from './state';

export interface SpotPlainOptions {
  lang: Lang;
  seed: number;
  style: TextStyle;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Play the drill until its result (or until input closes or /quit); resolves with where the learner got to. */
export function runSpotPlain(calls: readonly SpotCall[], opts: SpotPlainOptions): Promise<SpotState> {
  const { lang, style: st } = opts;
  const write = (lines: string[]) => opts.output.write(`${lines.join('\n')}\n`);
  const colon = sep(lang);
  const rl = createInterface({ input: opts.input, output: opts.output, prompt: '> ', terminal: false });
  let s = startSpot(calls);

  /** What the learner needs to see on arriving at state `s`, then the prompt. */
  const show = (prev: SpotState | undefined) => {
    const call = s.calls[s.call];
    const heardBefore = prev && prev.call === s.call && (prev.phase === 'line' || prev.phase === 'naming') ? call!.lines[prev.line]!.reply : undefined;
    if (heardBefore !== undefined) write([`${t('spotPerson', lang)}${colon}${heardBefore}`]);
    switch (s.phase) {
      case 'line': {
        const line = call!.lines[s.line]!;
        if (s.line === 0) write(['', st.bold(`${t('spotCallOf', lang, { n: s.call + 1, all: s.calls.length })}${colon}${call!.scenario.caller.name[lang]} ${call!.scenario.caller.number}`)]);
        if (line.gap) write([st.dim(t('timePassed', lang, { gap: line.gap }))]);
        write(['', `${st.bold(`${t('line', lang, { n: s.line + 1 })} · ${line.speaker}`)}${colon}${line.text}`, st.dim(t('spotPlainAsk', lang))]);
        break;
      }
      case 'naming': {
        const line = call!.lines[s.line]!;
        write([t('spotNameIt', lang), ...line.options.map((f, i) => `  ${i + 1}. ${call!.catalogue.flags[f]?.name[lang] ?? f}`), st.dim(t('spotPlainName', lang, { n: line.options.length }))]);
        break;
      }
      case 'review': {
        const review = spotResult(s.calls, s.marks, opts.seed).calls.find((c) => c.call === call)!;
        write(['', ...formatCall(review, s.call + 1, lang, st, false)]);
        if (s.call + 1 === s.calls.length) {
          // Nothing to read after the last call but the result: no key needed.
          s = spotReducer(s, { type: 'next' });
          return finish();
        }
        write([st.dim(t('spotPlainNext', lang))]);
        break;
      }
      case 'result':
        return finish();
    }
    rl.prompt();
  };

  let done: (s: SpotState) => void;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    const r = spotResult(s.calls, s.marks, opts.seed);
    if (r.calls.length) write(['', st.bold(t('spotResult', lang)), ...formatTotals(r, lang, st)]);
    rl.close();
    done(s);
  };

  /** The action a typed line means in the current phase, or undefined for one it does not understand. */
  const actionFor = (text: string): SpotAction | undefined => {
    if (s.phase === 'line') return text === '' ? { type: 'pass' } : /^[xX×ｘＸ]$/.test(text) ? { type: 'mark' } : undefined;
    if (s.phase === 'naming') {
      const options = s.calls[s.call]!.lines[s.line]!.options;
      if (text === '') return { type: 'name' };
      const n = /^[1-9]$/.test(text) ? Number(text) : 0;
      return n >= 1 && n <= options.length ? { type: 'name', flag: options[n - 1]! } : undefined;
    }
    return { type: 'next' };
  };

  return new Promise((resolve) => {
    done = resolve;
    rl.on('line', (raw) => {
      const text = raw.trim();
      if (text === '/quit' || text === '/q') return finish();
      const action = actionFor(text);
      if (!action) {
        write([st.warn(s.phase === 'naming' ? t('spotPlainName', lang, { n: s.calls[s.call]!.lines[s.line]!.options.length }) : t('spotPlainAsk', lang))]);
        return rl.prompt();
      }
      const prev = s;
      s = spotReducer(s, action);
      show(prev);
    });
    rl.on('close', finish);
    write([st.bold(t('spotTitle', lang))]);
    show(undefined);
  });
}
