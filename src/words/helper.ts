// The words of the helper role's simulated person that a scenario does not give: their name, their
// generic hesitations, and what they say on taking advice the line has no numbered answer for.
import type { Hesitation, HelperWords, Unclear } from '../core/helper-call';
import type { Intent } from '../core/constants';
import { t, type LabelKey } from './labels';

const ASKS = {
  'asks-code': 'helperAskCode',
  'asks-card': 'helperAskCard',
  'asks-password': 'helperAskPassword',
  'transfer-request': 'helperAskTransfer',
  'screen-sharing': 'helperAskScreen',
  'install-app': 'helperAskInstall',
  'asks-personal-info': 'helperAskPersonal',
  again: 'helperAskAgain',
  first: 'helperAskFirst',
} as const satisfies Record<Hesitation, LabelKey>;

const SAYS = {
  comply: 'helperSaysComply',
  refuse: 'helperSaysRefuse',
  verify: 'helperSaysVerify',
  hangup: 'helperSaysHangup',
  challenge: 'helperSaysChallenge',
  consult: 'helperSaysConsult',
  question: 'helperSaysQuestion',
  stall: 'helperSaysStall',
  unclear: 'helperSaysUnclear',
} as const satisfies Record<Intent | Unclear, LabelKey>;

export const helperWords: HelperWords = {
  person: (lang) => t('helperPerson', lang),
  asks: (why, lang) => t(ASKS[why], lang),
  hungUp: (lang) => t('helperHungUp', lang, { who: t('helperPerson', lang) }),
  ending: (text, lang) => t('helperEnding', lang, { who: t('helperPerson', lang), text }),
  says: (intent, lang) => t(SAYS[intent], lang),
};
