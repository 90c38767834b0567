// Where report files are dropped, with buttons that choose them instead (several at once).
import type { DragEvent } from 'react';
import { FileButton } from '../../components/ui/file-button';

interface ChooseButton {
  label: string;
  /** The input's accessible name, when it says more than the button. */
  inputLabel?: string;
  accept?: string;
  /** Choose a whole folder. */
  folder?: boolean;
}

export function DropZone({
  hint,
  testId,
  buttons,
  disabled,
  onDrop,
  onFiles,
}: {
  hint: string;
  testId: string;
  buttons: readonly ChooseButton[];
  disabled: boolean;
  onDrop: (e: DragEvent) => void;
  onFiles: (files: File[]) => void;
}) {
  return (
    <div className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} data-testid={testId}>
      <span>{hint}</span>
      {buttons.map((b) => (
        <FileButton key={b.label} {...b} multiple disabled={disabled} onFiles={onFiles} />
      ))}
    </div>
  );
}
