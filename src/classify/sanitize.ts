// What a terminal or a paste can put in a reply that is not text: escape sequences and control
// characters are removed before anything reads or stores the reply.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

// Anything the three replacements below would change but the ends' spaces: an escape or control
// character, whitespace other than a space (what \s matches), or two spaces in a row.
const UNCLEAN = /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]| {2}/;

/** One line of clean text: escapes and controls gone, whitespace folded, trimmed. */
export function sanitizeReply(text: string): string {
  // most replies are clean already: one scan instead of three replacements
  if (!UNCLEAN.test(text)) return text.trim();
  return text.replace(ANSI, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}
