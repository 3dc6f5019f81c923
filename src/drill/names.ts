// A participant's name as the room will show and store it: clean, with any secret in it masked by
// the reader (people type their ID "so the trainer knows it is me"), and different from every
// name already in the room ("李四 (2)").
import { sanitizeReply } from '../classify/sanitize';
import { MAX_NAME_CHARS } from './protocol';
import { cleanName, RoomError } from './room';

const chars = (s: string) => [...s];

/**
 * The name to join with, or a RoomError('bad-name'). A name longer than the limit is refused, not
 * cut: cutting first would leave part of a secret too short for the reader to recognise.
 */
export function roomName(raw: string, taken: ReadonlySet<string>, mask: (text: string) => string): string {
  if (chars(sanitizeReply(raw)).length > MAX_NAME_CHARS) throw new RoomError('bad-name', `give a name of at most ${MAX_NAME_CHARS} characters`);
  const masked = cleanName(mask(cleanName(raw)));
  if (!masked) throw new RoomError('bad-name', 'give a name of at least one letter');
  if (!taken.has(masked)) return masked;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${chars(masked).slice(0, MAX_NAME_CHARS - chars(suffix).length).join('').trim()}${suffix}`;
    if (!taken.has(name)) return name;
  }
}
