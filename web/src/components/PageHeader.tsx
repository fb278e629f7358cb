import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/hooks';

/** The page's single h1 (focused by the shell after navigation) and its actions. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="page-actions">{children}</div>}
    </div>
  );
}
