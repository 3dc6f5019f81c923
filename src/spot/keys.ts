// The keys of each spot screen, as data: the hint line is drawn from the same lists.
import type { Binding } from '../ink/keys';
import { NAME_OPTIONS } from './call';
import type { Phase } from './state';

export const SPOT_HINTS: Record<Phase | 'reviewLast', Binding[]> = {
  line: [{ keys: 'Space', label: 'spotRedFlag' }, { keys: 'Enter', label: 'spotNoRedFlag' }, { keys: 'q', label: 'quit' }],
  naming: [{ keys: `1-${NAME_OPTIONS}`, label: 'choose' }, { keys: 'Enter', label: 'spotSkipName' }, { keys: 'q', label: 'quit' }],
  review: [{ keys: 'Enter', label: 'spotNextCall' }, { keys: 'q', label: 'quit' }],
  reviewLast: [{ keys: 'Enter', label: 'spotToResult' }, { keys: 'q', label: 'quit' }],
  result: [{ keys: 'q/Enter', label: 'quit' }],
};
