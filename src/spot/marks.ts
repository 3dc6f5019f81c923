// Marks files: a learner's marks for the lines of a spot drill, one per caller line, in the order
// the lines come (across the calls of the queue). The style of answers files:
//
//   // a comment            ignored, like blank lines
//   x                      this line shows a red flag
//   x asks-code            … and it is this one (a flag id of the catalogue)
//   .                      no red flag on this line
//   x  // a note           a trailing note after the mark is ignored
//
// Pure: the caller reads the file; errors carry their line number, compiler style.
import type { SpotCall } from './call';
import type { Mark } from './score';

export interface MarkStep {
  line: number;
  mark: Mark;
}

export interface MarksError {
  file: string;
  line: number;
  message: string;
}

export type MarksParse = { ok: true; steps: MarkStep[] } | { ok: false; errors: MarksError[] };

const HOW = 'write "x" (a red flag), "x <flag id>" (a red flag, named) or "." (no red flag)';

/** Full-width forms from a Chinese keyboard (ｘ, ．) and the ideographic full stop read as their ASCII twins. */
const toAscii = (s: string) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/。/g, '.');

export function parseMarks(text: string, file: string): MarksParse {
  const steps: MarkStep[] = [];
  const errors: MarksError[] = [];
  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const body = toAscii(raw).replace(/(^|\s)\/\/.*$/, '').trim();
    if (!body) return;
    const [head, name, ...rest] = body.split(/\s+/) as [string, ...string[]];
    if (head === '.' && name === undefined) steps.push({ line, mark: { marked: false } });
    else if (/^x$/i.test(head) && !rest.length) steps.push({ line, mark: { marked: true, ...(name !== undefined ? { name } : {}) } });
    else errors.push({ file, line, message: `${JSON.stringify(body.length > 40 ? `${body.slice(0, 40)}…` : body)} is not a mark; ${HOW}` });
  });
  return errors.length ? { ok: false, errors } : { ok: true, steps };
}

/** `marks.txt:7: "y" is not a mark; write …` */
export const formatMarksError = (e: MarksError) => `${e.file}:${e.line}: ${e.message}`;

export type MarksFit = { ok: true; marks: Mark[][]; notes: string[] } | { ok: false; errors: MarksError[] };

/**
 * The marks laid on the calls' lines in order. A named flag must be a red flag of the call's
 * catalogue; marks beyond the last line are errors; lines left without a mark count as not marked
 * (with a note), so an empty file shows every line of the drill.
 */
export function fitMarks(calls: readonly SpotCall[], steps: readonly MarkStep[], file: string): MarksFit {
  const errors: MarksError[] = [];
  const total = calls.reduce((n, c) => n + c.lines.length, 0);
  let k = 0;
  const marks = calls.map((call) =>
    call.lines.map(() => {
      const step = steps[k++];
      if (!step) return { marked: false };
      const name = step.mark.name;
      if (name !== undefined && !(Object.hasOwn(call.catalogue.flags, name) && call.catalogue.flags[name]!.green !== true)) {
        errors.push({ file, line: step.line, message: `"${name}" is not the id of a red flag (the ids are in the catalogue, scenarios/flags.yaml); write "x" alone to mark without naming` });
      }
      return step.mark;
    }),
  );
  const extra = steps[total];
  if (extra) {
    const after = steps.length - total - 1;
    errors.push({ file, line: extra.line, message: `the drill has ${total} line${total === 1 ? '' : 's'} and this is mark ${total + 1}; remove it${after ? ` and the ${after} after it` : ''}` });
  }
  if (errors.length) return { ok: false, errors };
  const left = total - steps.length;
  return { ok: true, marks, notes: left > 0 ? [`${file}: ${steps.length} mark${steps.length === 1 ? '' : 's'} for ${total} lines; the last ${left} count as not marked`] : [] };
}
