import { Alert } from 'antd';
import type { ApiProblem } from '../api/problem';

// A failed call, shown where it happened (above the button that failed, in place of a list):
// the server's Vietnamese title and detail, and the request id to quote to the help desk.
export function ProblemAlert({ problem, className }: { problem: ApiProblem | null; className?: string }) {
  if (!problem) {
    return null;
  }
  return (
    <Alert
      className={className}
      type={problem.status >= 500 || problem.status === 0 ? 'error' : 'warning'}
      showIcon
      role="alert"
      title={problem.title}
      description={
        <>
          {problem.detail}
          {problem.requestId ? <span className="request-id"> (Mã yêu cầu: {problem.requestId})</span> : null}
        </>
      }
    />
  );
}
