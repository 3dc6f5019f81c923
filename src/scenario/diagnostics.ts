// Author errors are collected, never thrown: each names a stable code, a place and a fix.
// Every code is described once here (code, severity, message template with named {holes}), like
// YarnSpinner's DiagnosticDescriptor; call sites pass a descriptor and the values for its holes.
// docs/authoring.md lists the same codes (a test keeps the two equal). A code that is dropped is
// retired there and never given to another problem.
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  severity: Severity;
  file: string;
  line: number;
  col: number;
  message: string;
}

export interface Descriptor<T extends string = string> {
  code: string;
  severity: Severity;
  template: T;
}

export const DIAGNOSTICS = {
  yaml: { code: 'SD001', severity: 'error', template: '{reason}' },
  schema: { code: 'SD002', severity: 'error', template: '{issue}' },
  unknownTarget: { code: 'SD003', severity: 'error', template: '"{target}" is neither a turn nor an ending{suggestion}' },
  unreachable: { code: 'SD004', severity: 'error', template: 'turn "{turn}" can never be reached from start "{start}"; route a reply to it or remove it' },
  noEnding: { code: 'SD005', severity: 'error', template: 'no reply from turn "{turn}" ever reaches an ending (it only leads to {targets}); give the loop a way out' },
  unknownFlag: { code: 'SD006', severity: 'error', template: 'unknown red flag "{flag}"; add it to scenarios/flags.yaml{suggestion}' },
  duplicateKey: { code: 'SD007', severity: 'error', template: 'this key appears twice in the same map; ids must be unique' },
  idMismatch: { code: 'SD008', severity: 'error', template: 'id "{id}" differs from the file name "{fileName}"; rename one so they match' },
  unknownChannel: { code: 'SD009', severity: 'error', template: 'unknown channel "{channel}"; define it under channels: in the flag catalogue, or use one of: {known}' },
  unusedEnding: { code: 'SD010', severity: 'warning', template: 'ending "{ending}" is never reached; route a reply to it or remove it' },
  reservedEnding: { code: 'SD012', severity: 'error', template: '"{ending}" is the built-in ending for hanging up; choose another id' },
  turnIsEnding: { code: 'SD013', severity: 'error', template: '"{id}" is both a turn and an ending; ids must be unique' },
  flagTwice: { code: 'SD014', severity: 'error', template: 'red flag "{flag}" is listed twice on this line' },
  scenarioIdTaken: { code: 'SD015', severity: 'error', template: 'scenario id "{id}" is already used by {otherFile}' },
  badCue: { code: 'SD016', severity: 'error', template: 'cue /{pattern}/ of flag "{flag}" is not a valid regular expression' },
  unknownStart: { code: 'SD017', severity: 'error', template: 'start "{start}" is not a turn; turns are: {turns}' },
  cue: { code: 'SD020', severity: 'warning', template: 'this line shows the red flag "{flag}" (it matches /{pattern}/) but does not carry it; add it to flags: or reword the line' },
  repeats: { code: 'SD021', severity: 'warning', template: 'on.{key} leads back to this same turn with no ack, so a {reply} gets the whole line again, word for word; add ack.{key} (a short answer said instead of the line) or route it on' },
  flagKind: { code: 'SD022', severity: 'error', template: '"{flag}" is a {flagKind} flag, but this is a {scenarioKind} scenario: a scam\'s lines carry red flags, a real call\'s lines green ones' },
  rewordsOtherFlag: { code: 'SD023', severity: 'error', template: '{field}.{flag}: "{flag}" is not a flag of {scope} ({flags}){suggestion}; a {field} can only reword a flag listed in flags:' },
  asksWithoutFlags: { code: 'SD024', severity: 'warning', template: 'asks: the helper is asked for advice on a line with no flags, so the advice decides nothing; ask on the line that carries the flag (the request for the code, the transfer) or add the flag here' },
} as const satisfies Record<string, Descriptor>;

/** The names of a template's holes: '"{a}" and {b}' → 'a' | 'b'. */
type Holes<T extends string> = T extends `${string}{${infer H}}${infer Rest}` ? H | Holes<Rest> : never;
/** A value for every hole of the template, and no other. */
export type Args<T extends string> = [Holes<T>] extends [never] ? Record<string, never> : { [K in Holes<T>]: string | number };

export interface Place {
  file: string;
  line: number;
  col: number;
}

/** One diagnostic from its descriptor: the severity is the descriptor's, the message its template filled in. */
export function diagnostic<T extends string>(d: Descriptor<T>, at: Place, args: Args<T>): Diagnostic {
  const values = args as Record<string, string | number>;
  const message = d.template.replace(/\{(\w+)\}/g, (_, hole: string) => String(values[hole]));
  return { code: d.code, severity: d.severity, file: at.file, line: at.line, col: at.col, message };
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${d.message}`;
}

export const hasErrors = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === 'error');
