// What a terminal or a paste can put in a reply that is not text: escape sequences and control
// characters are removed before anything reads or stores the reply.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of clean text: escapes and controls gone, whitespace folded, trimmed. */
export function sanitizeReply(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}
