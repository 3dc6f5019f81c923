// `scamdrill check --plain`: the same form line by line, no boxes and no redrawing (good with a
// screen reader). Each answer is a line: s or l, then 1 to 4; b goes back; /quit leaves.
import { createInterface } from 'node:readline';
import { answering, answerWords, isComplete, keyAction, responsesOf, startAnswering, type AnsweringState, type FormView } from '../check/answering';
import type { Response } from '../check/answers';
import type { Lang } from '../core/schema';
import { channelWord, t } from '../words/labels';

export interface PlainQuizOptions {
  form: FormView;
  lang: Lang;
  intro?: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export function runQuizPlain(o: PlainQuizOptions): Promise<Response[] | undefined> {
  const { form, lang } = o;
  const say = (...lines: string[]) => o.output.write(`${lines.join('\n')}\n`);
  const rl = createInterface({ input: o.input, output: o.output, prompt: '> ', terminal: false });
  let s: AnsweringState = startAnswering();

  const ask = () => {
    if (isComplete(form, s)) {
      say('', t('checkReview', lang, { n: form.items.length }), ...responsesOf(form, s).map((r, i) => `${String(i + 1).padStart(3)}. ${answerWords(r, lang)}`), `Enter ${t('checkSave', lang)} · b ${t('checkBack', lang)}`);
    } else if (s.pending) {
      say(t('checkHowSure', lang), t('checkPlainSure', lang));
    } else {
      const item = form.items[s.index]!;
      const earlier = s.answers[s.index];
      say('', `${t('checkItemOf', lang, { n: s.index + 1, all: form.items.length })} · ${channelWord(item.channel, lang)}${item.from ? ` · ${item.from}` : ''}`, `  ${item.text}`);
      if (earlier) say(answerWords(earlier, lang));
      say(t('checkQuestion', lang), t('checkPlainAnswer', lang));
    }
    rl.prompt();
  };

  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: Response[] | undefined) => {
      if (settled) return;
      settled = true;
      rl.close();
      resolve(r);
    };
    say(t('checkTitle', lang, { form: form.id }));
    if (o.intro) say(o.intro);
    ask();
    rl.on('line', (line) => {
      const text = line.trim();
      if (text === '/quit' || text === '/q') return finish(undefined);
      if (isComplete(form, s) && !text) return finish(responsesOf(form, s));
      const action = keyAction(text);
      if (action) s = answering(form, s, action);
      ask();
    });
    rl.on('close', () => finish(undefined));
  });
}
