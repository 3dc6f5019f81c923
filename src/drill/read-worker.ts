// A reader thread of the drill host (read-pool.ts): reads the answers it is sent against the
// scenario's turns, and sends each chunk of readings back as soon as it is read; rehearses when told (rehearse.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { reader } from '../classify/reader';
import { readAnswer } from './answer-read';
import { rehearseReading } from './rehearse';
import { READ_CHUNK, type ReadJob, type ReaderSetup } from './read-pool';

const { turns, lang } = workerData as ReaderSetup;
void reader.prepare?.();
parentPort!.on('message', (jobs: ReadJob[] | 'rehearse') => {
  if (jobs === 'rehearse') return void rehearseReading(turns, lang, reader);
  for (let i = 0; i < jobs.length; i += READ_CHUNK) {
    parentPort!.postMessage(jobs.slice(i, i + READ_CHUNK).map((j) => readAnswer(j.input, turns[j.turn]!, lang, reader, j.before)));
  }
});
