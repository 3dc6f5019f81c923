import { classifyInContext } from './src/classify/index';
const [caller, reply, ...earlier] = process.argv.slice(2);
const r = classifyInContext(reply!, { context: { caller: caller!, earlier } });
console.log(r.intent, r.leaks.map((l) => `${l.kind}:${reply!.slice(l.start, l.end)}`));
