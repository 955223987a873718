import { useCallback, useEffect, useState } from 'react';
import { type ApiProblem, toApiProblem } from '../api/problem';

export interface ApiState<Data> {
  // The latest answer; kept while a newer read is loading, so a list does not blink.
  data: Data | null;
  problem: ApiProblem | null;
  loading: boolean;
  // When the latest answer arrived: due states are judged against it, not against render time.
  settledAt: Date | null;
  reload: () => void;
}

interface Settled<Data> {
  key: string;
  data: Data | null;
  problem: ApiProblem | null;
  at: Date;
}

// Runs a read when its inputs change; an answer that arrives after newer inputs is dropped.
export function useApi<Data>(load: () => Promise<Data>, inputs: readonly unknown[]): ApiState<Data> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<Data> | null>(null);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const key = JSON.stringify([...inputs, attempt]);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setSettled({ key, data, problem: null, at: new Date() }),
      (error: unknown) =>
        current && setSettled({ key, data: null, problem: toApiProblem(error), at: new Date() }),
    );
    return () => {
      current = false;
    };
    // The key stands for the caller's inputs, as a useEffect dependency list would.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const isCurrent = settled?.key === key;
  return {
    data: settled?.data ?? null,
    problem: isCurrent ? settled.problem : null,
    loading: !isCurrent,
    settledAt: settled?.at ?? null,
    reload,
  };
}
