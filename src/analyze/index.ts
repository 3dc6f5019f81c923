// Analyse a real transcript: parse → flags and verdicts → render. Pure; the CLI reads the file.
export { parseTranscript, roleOf, type ParsedTranscript, type Role, type TranscriptLine } from './parse';
export { analyzeTranscript, type Analysis, type AnalyzedLine, type AnalyzeOptions, type FlagVerdict } from './analyze';
export { render, renderMarkdown, renderText, FORMATS, type Format } from './render';
