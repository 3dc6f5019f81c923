// New sessions for the practice screen. Declining a call is a reply like any other (a hangup),
// but it must not depend on how the classifier reads some words: the decline text is read as a
// certain hangup here, every other reply goes to the real classifier.
import { classify } from '../classify';
import { createSession, type Session } from '../engine/session';
import { t } from '../report/labels';
import type { Catalogue, Lang, Scenario } from '../scenario/schema';

export const declineText = (lang: Lang) => t('declined', lang);

export function newSession(scenario: Scenario, catalogue: Catalogue, lang: Lang): Session {
  const decline = declineText(lang);
  return createSession(scenario, catalogue, {
    lang,
    classify: (text, opts) => (text === decline ? { intent: 'hangup', confidence: 1, leaks: [], lang } : classify(text, opts)),
  });
}
