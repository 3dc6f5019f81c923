// Before/after check results, in the same store as practice history and drills: one row per
// form a person filled in, with the group it belongs to (a --group tag or a drill id), the phase
// (before or after training), and each answer with the key it was scored against. Names and group
// tags are stored only as check/person.ts makes them (cleaned, secrets masked); the answers are
// choices, never typed text.
import type { KeyedResponse } from '../check/answers';
import { PHASES, type FormId, type Phase } from '../check/constants';
import { storedName } from '../check/person';
import type { TakenForm } from '../check/report';
import { migrate, type Step } from './migrate';
import type { Store } from './store';

const STEPS: Step[] = [
  (d) => `CREATE TABLE check_results (
     id ${d.autoId},
     taken_at TEXT NOT NULL,
     grp TEXT NOT NULL,
     person TEXT NOT NULL,
     form TEXT NOT NULL,
     phase TEXT NOT NULL,
     lang TEXT NOT NULL,
     answers TEXT NOT NULL
   );
   CREATE INDEX check_results_person ON check_results(grp, person, taken_at);
   CREATE TABLE check_drills (
     drill_id TEXT PRIMARY KEY,
     phases TEXT NOT NULL
   )`,
];

export const migrateChecks = (store: Store) => migrate(store, 'checks', STEPS);

export interface NewCheckResult {
  /** What the person typed as their name (masked here before it is stored). */
  person: string;
  /** A --group tag as typed (masked here too) or a drill id; '' for none. */
  group: string;
  form: FormId;
  phase: Phase;
  lang: string;
  answers: readonly KeyedResponse[];
  takenAt?: Date;
}

export interface CheckResult extends TakenForm {
  id: number;
  lang: string;
}

/** The name and group as they are stored: every write goes through here. */
const storedKey = (person: string, group: string) => ({ person: storedName(person, 'name'), group: group ? storedName(group, 'group') : '' });

/** Save one filled-in form; returns the stored row. */
export async function saveCheck(store: Store, r: NewCheckResult): Promise<CheckResult> {
  await migrateChecks(store);
  const { person, group } = storedKey(r.person, r.group);
  const takenAt = (r.takenAt ?? new Date()).toISOString();
  const row = await store.get<{ id: number }>(
    'INSERT INTO check_results (taken_at, grp, person, form, phase, lang, answers) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
    [takenAt, group, person, r.form, r.phase, r.lang, JSON.stringify(r.answers)],
  );
  return { id: Number(row!.id), takenAt, group, person, form: r.form, phase: r.phase, lang: r.lang, answers: [...r.answers] };
}

type Row = Omit<CheckResult, 'answers'> & { answers: string };
const COLUMNS = 'id, taken_at AS "takenAt", grp AS "group", person, form, phase, lang, answers';
const parse = (r: Row): CheckResult => ({ ...r, answers: JSON.parse(r.answers) as KeyedResponse[] });

/** Every result, or one group's (as stored: a drill id, or a tag as check/person.ts storedName makes it), oldest first. */
export async function listChecks(store: Store, group?: string): Promise<CheckResult[]> {
  await migrateChecks(store);
  const rows = group === undefined
    ? await store.all<Row>(`SELECT ${COLUMNS} FROM check_results ORDER BY taken_at, id`)
    : await store.all<Row>(`SELECT ${COLUMNS} FROM check_results WHERE grp = ? ORDER BY taken_at, id`, [group]);
  return rows.map(parse);
}

/** One person's results in a group, oldest first (names and group as stored). */
export async function personChecks(store: Store, person: string, group: string): Promise<CheckResult[]> {
  await migrateChecks(store);
  return (await store.all<Row>(`SELECT ${COLUMNS} FROM check_results WHERE grp = ? AND person = ? ORDER BY taken_at, id`, [group, person])).map(parse);
}

/** The phases a drill runs the check in, kept so that --resume runs them too. */
export async function setDrillPhases(store: Store, drillId: string, phases: readonly Phase[]): Promise<void> {
  await migrateChecks(store);
  await store.run('INSERT INTO check_drills (drill_id, phases) VALUES (?, ?) ON CONFLICT (drill_id) DO UPDATE SET phases = excluded.phases', [drillId, phases.join(',')]);
}

export async function drillPhases(store: Store, drillId: string): Promise<Phase[]> {
  await migrateChecks(store);
  const row = await store.get<{ phases: string }>('SELECT phases FROM check_drills WHERE drill_id = ?', [drillId]);
  return row ? (row.phases.split(',').filter((p) => (PHASES as readonly string[]).includes(p)) as Phase[]) : [];
}
