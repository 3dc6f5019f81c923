// What `scamdrill spot` needs that does not draw: loaded by the command with import(), so other
// commands do not load it. The full-screen and --plain front ends are loaded on their own.
export { fitMarks, formatMarksError, parseMarks } from './marks';
export { spotCalls, type CallSource } from './queue';
export { formatSpot, spotJson, summaryLine } from './report';
export { spotResult } from './result';
export type { SpotCall } from './call';
