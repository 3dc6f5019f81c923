// Saves a finished practice to the history store. Only engine events and the debrief go in:
// reply text in events is already redacted by the engine.
import type { Session } from '../core/session';
import { t } from '../words/labels';
import { defaultDataDir, openDb } from '../store/db';
import { saveSession } from '../store/history';

export interface Recorded {
  id?: number;
  /** One line for the person: where it was saved, or why it was not. */
  message: string;
}

/** `place`: the site and team the practice is for (practice --site, --team), as typed. */
export function recordPractice(session: Session, mode: 'coach' | 'exam', dataDir: string = defaultDataDir(), place: { site?: string; team?: string } = {}): Recorded {
  try {
    const db = openDb(dataDir);
    try {
      const id = saveSession(db, { debrief: session.debrief(), events: session.events, mode, ...place });
      return { id, message: t('savedAs', session.lang, { id }) };
    } finally {
      db.close();
    }
  } catch (e) {
    // A full disk or a read-only home must not take the debrief away.
    return { message: t('notSaved', session.lang, { why: e instanceof Error ? e.message : String(e) }) };
  }
}
