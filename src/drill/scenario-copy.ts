// The scenario a drill ran, kept with the drill. Resume and export replay stored answers against
// exactly that scenario, so editing the file after a drill (a turn renamed, a line reworded) never
// changes what the drill said or makes old answers land on new lines; the trainer is told when the
// file on disk is not what the drill ran.
//
// The hash is sha256 over canonical JSON (keys sorted) of the parsed scenario and the catalogue
// entries it uses, not over file bytes, because:
// - it covers what the drill ran, flag texts from flags.yaml included, and nothing else: an edit to
//   a comment, to the layout or to a flag this scenario does not use changes nothing that runs;
// - a bundled scenario is read from the build's library.json, so it has no file bytes of its own;
// - the same hash checks the stored copy itself, which is that JSON.
import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import type { Catalogue, Lang, Scenario } from '../core/schema';
import { t, type Holes, type LabelKey } from '../words/labels';

export interface ScenarioCopy {
  scenario: Scenario;
  /** Only the flags the scenario's lines carry and the official channels they and it name. */
  catalogue: Catalogue;
}

/** A copy as stored with a drill: the canonical JSON and its sha256. */
export interface StoredCopy {
  json: string;
  hash: string;
}

/** Object keys sorted at every level: the same scenario gives the same text whatever order its file used. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
}

const canonicalJson = (value: unknown) => JSON.stringify(canonical(value));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function copyOf(scenario: Scenario, catalogue: Catalogue): ScenarioCopy {
  const flagIds = new Set(Object.values(scenario.turns).flatMap((t) => t.flags));
  const flags = Object.fromEntries(Object.entries(catalogue.flags).filter(([id]) => flagIds.has(id)));
  const channelIds = new Set([...scenario.channels, ...Object.values(flags).flatMap((f) => f.channels)]);
  const channels = Object.fromEntries(Object.entries(catalogue.channels).filter(([id]) => channelIds.has(id)));
  return { scenario, catalogue: { flags, channels } };
}

/** What to store with a new drill. */
export function storedCopy(scenario: Scenario, catalogue: Catalogue): StoredCopy {
  const json = canonicalJson(copyOf(scenario, catalogue));
  return { json, hash: sha256(json) };
}

/** A stored drill's copy cannot be trusted: it no longer matches its hash. */
export class CopyError extends Error {}

export interface DrillScenario {
  scenario: Scenario;
  catalogue: Catalogue;
  /** One line for the trainer when what is on disk is not what the drill ran, or cannot be told. */
  notice?: string;
}

export interface StoredDrill {
  id: string;
  /** Its notices are said in the drill's language. */
  settings: { lang: Lang };
  /** A bundled scenario id, or the absolute path of the file. */
  scenarioRef: string;
  /** Null for a drill stored before drills kept their scenario. */
  scenarioCopy: StoredCopy | null;
}

export type LoadScenario = (ref: string) => Promise<{ scenario: Scenario; catalogue: Catalogue }> | { scenario: Scenario; catalogue: Catalogue };

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/**
 * The scenario a stored drill ran, for resume and export: its stored copy, with a notice when the
 * file on disk differs or no longer loads. A drill from before copies were kept loads the file as
 * it is now, and says that it cannot tell whether it changed.
 */
export async function scenarioForDrill(drill: StoredDrill, load: LoadScenario): Promise<DrillScenario> {
  const ref = drill.scenarioRef;
  const say = (k: LabelKey, holes: Holes) => t(k, drill.settings.lang, holes);
  const source = isAbsolute(ref) ? ref : say('copyBundled', { ref });
  const kept = drill.scenarioCopy;
  if (!kept) {
    const now = await load(ref);
    return { ...now, notice: say('copyMissing', { id: drill.id, source }) };
  }
  if (sha256(kept.json) !== kept.hash) throw new CopyError(say('copyDamaged', { id: drill.id }));
  const ran = JSON.parse(kept.json) as ScenarioCopy;
  let now;
  try {
    now = await load(ref);
  } catch (e) {
    return { ...ran, notice: say('copyNoLoad', { source, why: firstLine(e) }) };
  }
  const current = copyOf(now.scenario, now.catalogue);
  if (sha256(canonicalJson(current)) === kept.hash) return ran;
  const what = canonicalJson(current.scenario) !== canonicalJson(ran.scenario) ? source : say('copyFlagsOf', { source });
  return { ...ran, notice: say('copyChanged', { what, id: drill.id }) };
}
