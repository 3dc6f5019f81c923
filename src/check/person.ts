// What a person typed to name themselves or their group, as it may be stored: cleaned by the one
// sanitiser, every secret in it masked by the reader (people type their ID or phone number "so the
// trainer knows it is me"), no markup characters, short. The checks store passes every name and
// group through here, so nothing typed reaches the table unmasked.
import { reader } from '../classify/reader';
import { sanitizeReply } from '../classify/sanitize';

export const MAX_NAME_CHARS = 40;

const clean = (s: string) => sanitizeReply(s.replace(/[<>&"'`\\]/g, ''));

/** A name or tag that cannot be stored: empty once cleaned, or too long. */
export class NameError extends Error {}

/**
 * The stored form of a name or group tag. Too long is refused rather than cut: cutting first could
 * leave part of a secret too short for the reader to recognise.
 */
export function storedName(raw: string, what: 'name' | 'group' | 'site' | 'team'): string {
  const cleaned = clean(raw);
  const masked = [...cleaned].length > MAX_NAME_CHARS ? '' : clean(reader.mask(cleaned));
  if (!masked) throw new NameError(`give a ${what} of 1 to ${MAX_NAME_CHARS} characters`);
  return masked;
}
