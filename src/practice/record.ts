// Saves a finished practice to the history store. Only engine events and the debrief go in:
// reply text in events is already redacted by the engine, and no name is asked for or kept.
import type { Session } from '../core/session';
import { t } from '../words/labels';
import { openStore, type StoreChoice } from '../store/open';
import { saveSession } from '../store/history';

export interface Recorded {
  id?: number;
  /** One line for the person: where it was saved, or why it was not. */
  message: string;
}

/** `place`: the site and team the practice is for (practice --site, --team), as typed. */
export async function recordPractice(session: Session, mode: 'coach' | 'exam', where: StoreChoice = {}, place: { site?: string; team?: string } = {}): Promise<Recorded> {
  try {
    const store = await openStore(where);
    try {
      const id = await saveSession(store, { debrief: session.debrief(), events: session.events, mode, ...place });
      return { id, message: t('savedAs', session.lang, { id }) };
    } finally {
      await store.close();
    }
  } catch (e) {
    // A full disk, a read-only home or an unreachable server must not take the debrief away.
    return { message: t('notSaved', session.lang, { why: e instanceof Error ? e.message : String(e) }) };
  }
}
