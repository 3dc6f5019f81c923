// The check's fixed vocabularies, free of zod and YAML so the CLI can name them in its options
// without loading either at start-up.
export const FORM_IDS = ['A', 'B'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** When a form is taken: before the training, or after it. */
export const PHASES = ['pre', 'post'] as const;
export type Phase = (typeof PHASES)[number];

/** The size of a form: long enough to estimate discernment, short enough to take twice in a lesson. */
export const ITEMS_PER_FORM = 12;

export const REPORT_FORMATS = ['text', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** After training, the form not taken before: the same messages again would measure memory. */
export const otherForm = (f: FormId): FormId => (f === 'A' ? 'B' : 'A');
