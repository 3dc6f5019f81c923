// `drill host --check pre,post`: the before/after check inside a drill. Each participant gets a
// form when they join (before) and after their debrief (after); the host stores the answers with
// the drill id as the group, as `scamdrill check` stores its own. The forms are counterbalanced:
// odd-numbered participants take A first, even-numbered B, and each takes the other form after.
// The server asks what is due and hands over what arrives; everything else about checks is here.
import { formView, introFor } from '../check/answering';
import { keyed, mismatch, type Confidence } from '../check/answers';
import { otherForm, type FormId, type Phase } from '../check/constants';
import type { Forms } from '../check/forms';
import type { TakenForm } from '../check/report';
import type { Lang } from '../core/schema';
import { listChecks, saveCheck, setDrillPhases } from '../store/checks';
import type { Store } from '../store/store';
import type { CheckAnswers, RosterEntry, ServerMessage } from './protocol';
import { RoomError } from './room';

/** What a drill's check needs besides the drill: when it runs, the forms, where results go. */
export interface CheckSetup {
  phases: readonly Phase[];
  forms: Forms;
  /** The drill's own store. */
  db: Store;
}

export interface DrillCheckOptions extends CheckSetup {
  drillId: string;
  lang: Lang;
}

/** A drill's check, its phases stored with the drill so that --resume runs them too. */
export async function drillCheck(setup: CheckSetup, drillId: string, lang: Lang): Promise<DrillCheck> {
  await setDrillPhases(setup.db, drillId, setup.phases);
  // On --resume, what was taken before the host stopped still counts.
  return new DrillCheck({ ...setup, drillId, lang }, await listChecks(setup.db, drillId));
}

export class DrillCheck {
  /** Per person (their name as the room shows and stores it): the form taken in each phase. */
  private readonly taken = new Map<string, Map<Phase, FormId>>();

  constructor(private readonly o: DrillCheckOptions, taken: readonly TakenForm[] = []) {
    for (const r of taken) this.mark(r.person, r.phase, r.form);
  }

  private mark(person: string, phase: Phase, form: FormId): void {
    const mine = this.taken.get(person) ?? new Map<Phase, FormId>();
    mine.set(phase, form);
    this.taken.set(person, mine);
  }

  /** p1, p3, … start on A; p2, p4, … on B; after, the other form than the one taken before. */
  private formFor(pid: string, person: string, phase: Phase): FormId {
    const first: FormId = Number(pid.slice(1)) % 2 === 1 ? 'A' : 'B';
    if (phase === 'pre') return first;
    return otherForm(this.taken.get(person)?.get('pre') ?? first);
  }

  /** The form this participant is to fill in now, if any: before while the drill runs, after once it has ended. */
  due(pid: string, person: string, ended: boolean): ServerMessage | undefined {
    const phase: Phase = ended ? 'post' : 'pre';
    if (!this.o.phases.includes(phase) || this.taken.get(person)?.has(phase)) return undefined;
    const form = formView(this.o.forms[this.formFor(pid, person, phase)], this.o.lang);
    return { t: 'check', phase, form, intro: introFor(phase, form, this.o.lang) };
  }

  /** A participant's answers: checked against the form they were given, stored, acknowledged. */
  async receive(pid: string, person: string, ended: boolean, m: CheckAnswers): Promise<ServerMessage> {
    const due = this.due(pid, person, ended);
    if (!due || due.t !== 'check' || due.phase !== m.phase) throw new RoomError('bad-message', `no ${m.phase === 'pre' ? 'before' : 'after'}-training check is due for you now`);
    const form = this.o.forms[due.form.id];
    const wrong = mismatch(form, m.answers);
    if (wrong) throw new RoomError('bad-message', `these answers do not fit the form: ${wrong}`);
    const answers = m.answers.map((a) => ({ ...a, confidence: a.confidence as Confidence }));
    // Marked before the save, so the same answers sent twice while it is under way are not stored twice.
    this.mark(person, m.phase, form.id);
    try {
      await saveCheck(this.o.db, { person, group: this.o.drillId, form: form.id, phase: m.phase, lang: this.o.lang, answers: keyed(form, answers) });
    } catch (e) {
      this.taken.get(person)?.delete(m.phase);
      throw e;
    }
    return { t: 'check-saved', phase: m.phase };
  }

  /** How many people still in the room (online, not removed) have not sent their after-check. */
  owing(roster: readonly RosterEntry[]): number {
    if (!this.o.phases.includes('post')) return 0;
    return roster.filter((p) => p.online && !p.kicked && !this.taken.get(p.name)?.has('post')).length;
  }

  /**
   * Resolves once nobody in the room owes the after-check, or after `timeoutMs`: the host stays up
   * for them after the drill ends. `onWaiting` hears the count whenever it changes.
   */
  async settle(roster: () => readonly RosterEntry[], timeoutMs: number, onWaiting?: (n: number) => void): Promise<void> {
    const until = Date.now() + timeoutMs;
    let last = -1;
    for (;;) {
      const n = this.owing(roster());
      if (n !== last) onWaiting?.(n);
      last = n;
      if (n === 0 || Date.now() >= until) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
