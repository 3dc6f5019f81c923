// The drill host's error codes in words. The terminal clients and the web page show these, in the
// drill's language; the host's own English message stays for scripts and logs.
import type { Lang } from '../core/schema';
import { t, type LabelKey } from '../words/labels';
import type { ErrorCode } from './protocol';

const ERROR_WORDS: Record<ErrorCode, LabelKey> = {
  'bad-message': 'error-bad-message',
  'too-fast': 'error-too-fast',
  'wrong-code': 'error-wrong-code',
  'unknown-token': 'error-unknown-token',
  'not-joined': 'error-not-joined',
  'not-trainer': 'error-not-trainer',
  'wrong-secret': 'error-wrong-secret',
  'stale-line': 'error-stale-line',
  closed: 'closed',
  'already-answered': 'error-already-answered',
  'bad-choice': 'error-bad-choice',
  ended: 'drillOver',
  kicked: 'kicked',
  'bad-pick': 'error-bad-pick',
  'unknown-participant': 'error-unknown-participant',
  'bad-name': 'error-bad-name',
  saving: 'error-saving',
  'room-full': 'error-room-full',
  'too-many-tries': 'error-too-many-tries',
  tie: 'error-tie',
  'pick-needed': 'error-pick-needed',
};

export const errorText = (code: ErrorCode, lang: Lang) => t(ERROR_WORDS[code], lang);

/** Every error code's words in one language, keyed `error:<code>`, for the web page. */
export const errorWords = (lang: Lang): Record<string, string> =>
  Object.fromEntries(Object.keys(ERROR_WORDS).map((code) => [`error:${code}`, errorText(code as ErrorCode, lang)]));
