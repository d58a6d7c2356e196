import { useEffect, useRef } from 'preact/hooks';

export interface ToastMessage {
  id: number;
  text: string;
  /** An action offered with the message, e.g. undoing a delete. */
  action?: { label: string; run(): void | Promise<void> };
}

/** A short message at the bottom of the popup; with an action, focus moves to it so the keyboard can use it. */
export function Toast({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss(): void }) {
  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!toast) return;
    actionRef.current?.focus();
    const timer = setTimeout(onDismiss, toast.action ? 10_000 : 4000);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              ref={actionRef}
              class="toast-action"
              onClick={() => {
                void toast.action!.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" class="toast-close" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
