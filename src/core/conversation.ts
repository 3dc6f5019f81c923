// A checked scenario → an XState v5 machine. States are turns and endings; the one event is a
// classified reply; silence is a delayed transition on the actor's clock.
import { assign, setup } from 'xstate';
import { CONFIDENT } from './reader';
import { HANGUP_ENDING, INTENTS, type Intent } from './constants';
import type { Scenario, Turn } from './schema';
import { enterTurn, initialContext, judgeReply, settle, type DrillContext, type ReplyEvent } from './judge';

export type DrillEvent = ReplyEvent;

const drillSetup = setup({
  types: { context: {} as DrillContext, events: {} as DrillEvent },
  guards: {
    leaked: ({ event }) => event.leaks.length > 0,
    saidConfidently: ({ event }, p: { intent: Intent }) => event.confidence >= CONFIDENT && event.intent === p.intent,
  },
  actions: {
    judge: assign(({ context, event }) => judgeReply(context, event)),
    present: assign(({ context }, p: { turn: string; flags: string[] }) => enterTurn(context, p.turn, p.flags)),
    settle: assign(({ context }) => settle(context)),
  },
});

function replyTransitions(turn: Turn) {
  const to = (target: string) => `#${target}`;
  // reenter: a loop back to the same turn ("wrong operation, do it again") is a new line.
  const list: object[] = [];
  if (turn.on.leak) list.push({ guard: 'leaked', target: to(turn.on.leak), reenter: true, actions: 'judge' });
  for (const intent of INTENTS) {
    const target = turn.on[intent] ?? (intent === 'hangup' ? HANGUP_ENDING : undefined);
    if (target) list.push({ guard: { type: 'saidConfidently', params: { intent } }, target: to(target), reenter: true, actions: 'judge' });
  }
  list.push({ target: to(turn.on.default), reenter: true, actions: 'judge' });
  return list;
}

export function compile(scenario: Scenario) {
  // Built from data, so typed loosely here; setup() above types guards, actions and context.
  const states: Record<string, any> = {};
  for (const [id, turn] of Object.entries(scenario.turns)) {
    states[id] = {
      id,
      entry: { type: 'present', params: { turn: id, flags: turn.flags } },
      on: { 'user.reply': replyTransitions(turn) },
      ...(turn.pressure ? { after: { [turn.pressure.after * 1000]: { target: `#${turn.pressure.to}`, reenter: true } } } : {}),
    };
  }
  for (const id of [...Object.keys(scenario.endings), HANGUP_ENDING]) {
    states[id] = { id, type: 'final', entry: 'settle' };
  }
  return drillSetup.createMachine({
    id: scenario.id,
    context: initialContext,
    initial: scenario.start,
    states,
  });
}

export type DrillMachine = ReturnType<typeof compile>;
