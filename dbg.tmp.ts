import { normalize } from './src/classify/normalize';
import { findRuns } from './src/classify/numbers';
const n = normalize(process.argv[2]!);
console.log(JSON.stringify(n.text));
for (const r of findRuns(n.text, n.spelled)) console.log(r.digits, r.groups, r.seps, r.spelled, r.glued);
