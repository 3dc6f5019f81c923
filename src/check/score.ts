// Scoring one filled-in form: accuracy, discernment (d′) and, on the scam items, whether the
// person would have engaged or been converted. Definitions in docs/measuring.md, "What is scored".
import { SURE, type KeyedResponse } from './answers';

export interface Score {
  items: number;
  correct: number;
  /** Share of items answered right, 0 to 1. */
  accuracy: number;
  scams: number;
  /** Scam items called scams. */
  hits: number;
  legitimate: number;
  /** Legitimate items called scams. */
  falseAlarms: number;
  /** z(hit rate) − z(false-alarm rate), each rate with the log-linear correction. */
  dPrime: number;
  /** Scam items called legitimate with doubt (confidence below SURE): would have engaged, unsure. */
  engaged: number;
  /** Scam items called legitimate with confidence SURE or above: would have gone along. */
  converted: number;
}

export function scoreSheet(responses: readonly KeyedResponse[]): Score {
  const scam = responses.filter((r) => r.kind === 'scam');
  const legit = responses.filter((r) => r.kind === 'legitimate');
  const hits = scam.filter((r) => r.answer === 'scam').length;
  const falseAlarms = legit.filter((r) => r.answer === 'scam').length;
  const correct = hits + legit.length - falseAlarms;
  const fooled = scam.filter((r) => r.answer === 'legitimate');
  return {
    items: responses.length,
    correct,
    accuracy: responses.length ? correct / responses.length : 0,
    scams: scam.length,
    hits,
    legitimate: legit.length,
    falseAlarms,
    dPrime: dPrime(hits, scam.length, falseAlarms, legit.length),
    engaged: fooled.filter((r) => r.confidence < SURE).length,
    converted: fooled.filter((r) => r.confidence >= SURE).length,
  };
}

/**
 * Discernment: how far apart a person's "scam" answers are on scams and on legitimate messages.
 * Rates of 0 or 1 would make z infinite, so each gets the log-linear correction (Hautus 1995):
 * (count + 0.5) / (n + 1). With 6 items of each kind d′ runs from −2.94 to +2.94; 0 is chance,
 * and "scam" for everything (or "legitimate" for everything) is 0 too.
 */
export function dPrime(hits: number, scams: number, falseAlarms: number, legitimate: number): number {
  return probit((hits + 0.5) / (scams + 1)) - probit((falseAlarms + 0.5) / (legitimate + 1));
}

/**
 * The inverse of the standard normal distribution function (Acklam's rational approximation,
 * relative error below 1.2e-9), for 0 < p < 1.
 */
export function probit(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probit(${p}): p must be between 0 and 1`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const tail = (q: number) => (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}
