import { normalize } from './src/classify/normalize';
console.log(JSON.stringify(normalize(process.argv[2]!).text));
