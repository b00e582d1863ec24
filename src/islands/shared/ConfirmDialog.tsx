/** A modal dialog (native <dialog>): focus moves in, Escape cancels, focus returns where it was. */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  title: string;
  children: ComponentChildren;
  /** The buttons; each calls its own handler. */
  actions: ComponentChildren;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, children, actions, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // Several dialogs can share a page: each needs its own title id for its accessible name.
  const titleId = useId();
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected)
        returnTo.current.focus();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div class="dialog-actions">{actions}</div>
    </dialog>
  );
}
