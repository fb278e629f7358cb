import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A success message that takes the focus when it appears, so it is seen (scrolled into view) and read out
 * where the user is, even when the step was confirmed in a dialog that has just closed.
 */
export function SuccessNotice({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (children) ref.current?.focus();
  }, [children]);
  if (!children) return null;
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-success" role="status">
      {children}
    </div>
  );
}
