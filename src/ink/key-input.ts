// What reaches Ink from the keyboard: keys, and text, but not escape sequences that are no key.
// Ink 6 reads an unknown CSI sequence with a modifier (a pasted colour code "ESC[31m", or
// "ESC[99;5~") as Ctrl + a key with no name and then throws inside its own input hook, which
// ends the program with a stack trace. Terminals send only the sequences below for keys, so
// anything else is dropped before Ink parses it (a pasted "ESC[31mred" arrives as "red").

// ESC [ params final, as Ink's input parser splits them (parameter bytes 0x30–0x3f, then
// intermediate bytes 0x20–0x2f, then a final byte 0x40–0x7e; "ESC[[A" is the legacy F1).
const CSI = /\u001b\[\[?[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]/g;

// Keys: arrows, Home/End, clear (with optional "1;mod"), Shift-Tab, legacy F1–F5, and the
// numbered keys (Insert, Delete, Page Up/Down, Home/End, F1–F12) with an optional modifier.
const KEY = /^\u001b\[(?:\[[A-E]|(?:1;\d+)?[A-FHZa-e]|(?:[1-8]|1[1-5]|1[7-9]|2[0134])(?:;\d+)?[~^$]|\[[56]~)$/;

export function keysOnly(chunk: string): string {
  return chunk.includes('\u001b') ? chunk.replace(CSI, (seq) => (KEY.test(seq) ? seq : '')) : chunk;
}

/** Filter what Ink reads from `stdin` through keysOnly until the returned function is called. */
export function guardKeyInput(stdin: NodeJS.ReadStream = process.stdin): () => void {
  const read = stdin.read;
  stdin.read = function (this: NodeJS.ReadStream, size?: number) {
    const chunk: unknown = read.call(this, size);
    return typeof chunk === 'string' ? keysOnly(chunk) : chunk;
  } as typeof stdin.read;
  return () => {
    stdin.read = read;
  };
}
