import { useEffect, useRef } from 'react';

export interface FieldProblem {
  /** The id of the input the message is about. */
  id: string;
  message: string;
}

/**
 * Every error of a form at the top, each a link to its field. It takes focus when a submission fails
 * (`attempt` changes), so a screen reader reads the whole list at once.
 */
export function ErrorSummary({ problems, attempt }: { problems: FieldProblem[]; attempt: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) box.current?.focus();
  }, [attempt]);
  if (problems.length === 0) return null;
  return (
    <div ref={box} className="alert alert-error error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">Cần sửa {problems.length} mục trước khi lưu</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.id}>
            <a
              href={`#${p.id}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(p.id)?.focus();
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
