// `scamdrill check` at a keyboard: one form in full screen, until it is answered or the person
// leaves. Resolves with the answers, or undefined if they left before the end (nothing is saved).
import { useApp } from 'ink';
import type { Response } from '../check/answers';
import type { FormView } from '../check/answering';
import type { Lang } from '../core/schema';
import { CheckForm } from '../ink/components/CheckForm';
import { isQuit } from '../ink/keys';
import { renderUntilExit } from '../ink/render-until-exit';
import { useKeys } from '../ink/use-keys';

export interface QuizOptions {
  form: FormView;
  lang: Lang;
  intro?: string;
}

function QuizApp({ onDone, ...o }: QuizOptions & { onDone: (r: Response[]) => void }) {
  const app = useApp();
  useKeys((input, key) => {
    if (isQuit(input, key, false)) app.exit();
  });
  return (
    <CheckForm
      {...o}
      extraHints={[{ keys: 'Esc', label: 'quit' }]}
      onDone={(r) => {
        onDone(r);
        app.exit();
      }}
    />
  );
}

export async function runQuiz(o: QuizOptions): Promise<Response[] | undefined> {
  let answers: Response[] | undefined;
  await renderUntilExit(<QuizApp {...o} onDone={(r) => (answers = r)} />);
  return answers;
}
