// Leaving a page with unsaved changes asks first: a link inside the app is held by react-router's blocker
// and a dialog asks; a reload or closing the tab gets the browser's own question (beforeunload).
import { useEffect, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

export function useUnsavedChanges(dirty: boolean): { prompt: ReactNode; allowNext(): void } {
  const dirtyRef = useRef(dirty);
  const allowed = useRef(false);
  dirtyRef.current = dirty;
  // Read at the moment of navigating, so that "save, then go to what was saved" is not held.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const prompt =
    blocker.state === 'blocked' ? (
      <ConfirmDialog
        title="Rời trang khi chưa lưu?"
        submit="Rời trang"
        danger
        onConfirm={() => Promise.resolve(blocker.proceed())}
        onCancel={() => blocker.reset()}
      >
        <p>Những thay đổi trên trang này chưa được lưu và sẽ mất nếu bạn rời trang.</p>
      </ConfirmDialog>
    ) : null;
  return {
    prompt,
    allowNext: () => {
      allowed.current = true;
    },
  };
}
