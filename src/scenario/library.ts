// Source files → a checked library. Pure: the caller reads the files.
import { basename } from 'node:path';
import { checkCatalogue, checkScenario } from './check';
import { DIAGNOSTICS, hasErrors, type Diagnostic } from './diagnostics';
import { diagnosticAt, parseFile } from './parse';
import { Catalogue, Scenario } from '../core/schema';

export interface SourceFile {
  file: string;
  text: string;
}

export interface Library {
  catalogue: Catalogue;
  scenarios: Scenario[];
  diagnostics: Diagnostic[];
}

export function parseCatalogue(src: SourceFile): { catalogue?: Catalogue; diagnostics: Diagnostic[] } {
  const { located, diagnostics } = parseFile(src.file, src.text, Catalogue);
  if (!located) return { diagnostics };
  const more = checkCatalogue(located);
  return { catalogue: hasErrors(more) ? undefined : located.value, diagnostics: [...diagnostics, ...more] };
}

/** Check scenarios against a catalogue. Scenarios with errors are left out of `scenarios`. */
export function buildLibrary(catalogueSrc: SourceFile, sources: SourceFile[]): Library {
  const cat = parseCatalogue(catalogueSrc);
  const diagnostics = [...cat.diagnostics];
  const scenarios: Scenario[] = [];
  if (!cat.catalogue) return { catalogue: { flags: {}, channels: {} }, scenarios, diagnostics };
  const seen = new Map<string, string>();
  for (const src of sources) {
    const { located, diagnostics: parsed } = parseFile(src.file, src.text, Scenario);
    diagnostics.push(...parsed);
    if (!located) continue;
    const own = checkScenario(located, cat.catalogue, basename(src.file).replace(/\.ya?ml$/, ''));
    const first = seen.get(located.value.id);
    if (first) own.push(diagnosticAt(located, DIAGNOSTICS.scenarioIdTaken, ['id'], { id: located.value.id, otherFile: first }));
    seen.set(located.value.id, src.file);
    diagnostics.push(...own);
    if (!hasErrors(own)) scenarios.push(located.value);
  }
  return { catalogue: cat.catalogue, scenarios, diagnostics };
}
