import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/hooks';
import { PrintButton } from './PrintButton';

/**
 * The page's single h1 (focused by the shell after navigation) and its actions, with "In" (print) last on
 * every page that shows something to keep; pages that are only a form pass `print={false}`.
 */
export function PageHeader({ title, children, print = true }: { title: string; children?: ReactNode; print?: boolean }) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {(children || print) && (
        <div className="page-actions">
          {children}
          {print && <PrintButton />}
        </div>
      )}
    </div>
  );
}
