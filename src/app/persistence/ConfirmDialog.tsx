/**
 * A modal confirmation (ui/Modal): Escape cancels, and the destructive button is never the
 * default focus (Cancel is).
 */
import { type ReactNode, useRef } from 'react';
import { DANGER, Modal, PRIMARY, SECONDARY } from '../ui/Modal';

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { open, title, children, confirmLabel, danger, onConfirm, onCancel } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      open={open}
      title={title}
      onClose={onCancel}
      width="w-[26rem]"
      initialFocus={cancelRef}
      footer={
        <>
          <button ref={cancelRef} type="button" className={SECONDARY} onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className={danger ? DANGER : PRIMARY} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Modal>
  );
}
