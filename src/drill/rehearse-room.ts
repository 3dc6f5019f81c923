// The main thread's part of the dress rehearsal (rehearse.ts): throwaway rooms of the drill's
// scenario, played to their end before the first burst of answers.
import type { Reader } from '../core/reader';
import { readAnswer } from './answer-read';
import { guarded, nextTurn } from './rehearse';
import { Room, type RoomConfig } from './room';

const ROOM_PASSES = 3;
/** People in a rehearsed room: enough for the tally, majority and judges to run as in a full one. */
const ROOM_PEOPLE = 60;

/**
 * Play throwaway rooms of the drill's scenario to their end: people join, answer each line with its
 * numbered answers (spread over them, so majorities and ties happen), the room follows the majority,
 * and each answer's ack, the tally and the roster are built and serialised as the host does.
 */
export function rehearseRoom(config: RoomConfig, reader: Reader): Promise<void> {
  return guarded(playRooms(config, reader));
}

async function playRooms(config: RoomConfig, reader: Reader): Promise<void> {
  for (let pass = 0; pass < ROOM_PASSES; pass++) {
    const room = new Room({ ...config, drillId: `${config.drillId}-rehearsal`, pace: { kind: 'trainer' }, branch: 'majority' }, Date.now, reader);
    const pids = Array.from({ length: ROOM_PEOPLE }, (_, i) => room.join(`rehearsal ${i + 1}`, `token-${i}`).pid);
    for (let guard = 0; !room.ended && guard < 200; guard++) {
      await nextTurn();
      const line = room.lineView();
      if (!line) break;
      const turn = config.scenario.turns[line.turn]!;
      const choices = line.choices.length;
      if (!choices) break;
      pids.forEach((pid, i) => {
        // As a reader thread hands the room an answer typed in words: the words, and their reading.
        const choice = 1 + ((i + pass) % choices);
        const change = room.answerRead(pid, line.step, { text: turn.choices![choice - 1]![config.lang] }, readAnswer({ choice }, turn, config.lang, reader));
        JSON.stringify({ change: change.record, ack: room.ackFor(pid, line.step) });
      });
      JSON.stringify([room.tally(), room.roster()]);
      try {
        room.advance();
      } catch {
        // a tie: follow the first numbered answer
        room.advance({ choice: 1 });
      }
    }
  }
}
