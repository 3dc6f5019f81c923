// What every report of one conversation is made from: the engine's events (reply text already
// redacted) and its debrief. Playback builds one from an answers file, replay from history.
import type { Debrief } from '../core/debrief';
import type { SessionEvent } from '../core/session';
import type { Catalogue, Lang } from '../core/schema';

export interface ConversationRecord {
  /** Title and id come from the debrief; the summary, if known, introduces a handout. */
  summary?: string;
  /** Flag names for the lines' red flags (a flag missing from it shows by id). */
  catalogue: Catalogue;
  lang: Lang;
  /** Where the replies came from, for the reader: an answers file, a saved session. */
  source?: string;
  events: readonly SessionEvent[];
  debrief: Debrief;
  /** Things the reader should know that are not part of the conversation. */
  notes?: string[];
}
