import { useCallback, useState } from 'react';
import { type ApiProblem, toApiProblem } from '../api/problem';

export interface Submission {
  busy: boolean;
  // The failure to show by the button (ProblemAlert); null while running and after a success.
  problem: ApiProblem | null;
  setProblem: (problem: ApiProblem | null) => void;
  run: (action: () => Promise<unknown>, placeProblem?: (failure: ApiProblem) => boolean) => Promise<boolean>;
}

// One call a user starts from a button (a form's save, a dialog's confirmation, a download), the
// way every form had written it out: busy while it runs; a failure goes next to the fields it
// names when `placeProblem` places all of its errors (and says so), otherwise by the button.
// Answers whether the action succeeded; the action's own success steps (close, reload) run
// inside it, while the button still spins.
export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const run = useCallback<Submission['run']>(async (action, placeProblem) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      const failure = toApiProblem(error);
      if (!placeProblem?.(failure)) {
        setProblem(failure);
      }
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, setProblem, run };
}
