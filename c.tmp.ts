import { CallerLine } from './src/classify/caller-line';
import { normalize } from './src/classify/normalize';
const c = new CallerLine(normalize(process.argv[2]!).text);
console.log('last', c.last, 'asks', [...c.asks], 'harmless', c.asksHarmless);
