// A button that opens the file chooser: a label styled as a button around its file input.
// The input is emptied after each choice, so that choosing the same file again is seen again.
export function FileButton({
  label,
  inputLabel = label,
  accept,
  multiple,
  folder,
  disabled,
  inputClassName,
  onFiles,
}: {
  label: string;
  /** The input's accessible name, when it says more than the button. */
  inputLabel?: string;
  accept?: string;
  multiple?: boolean;
  /** Choose a whole folder (its files carry `webkitRelativePath`). */
  folder?: boolean;
  disabled?: boolean;
  inputClassName?: string;
  onFiles: (files: File[]) => void;
}) {
  return (
    <label className="button">
      {label}
      <input
        type="file"
        className={inputClassName}
        multiple={multiple}
        accept={accept}
        aria-label={inputLabel}
        disabled={disabled}
        {...(folder ? { webkitdirectory: '' } : {})}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onFiles(files);
        }}
      />
    </label>
  );
}
