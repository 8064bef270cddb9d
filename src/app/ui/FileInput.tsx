import type { ComponentProps } from 'react';

type FileInputProps = Omit<ComponentProps<'input'>, 'type' | 'onChange'> & {
  /** The chosen files, at least one; not called when the user cancels. */
  onFiles: (files: [File, ...File[]]) => void;
};

/**
 * A file input that hands over the chosen files and then clears itself, so choosing the same file
 * again fires again (the browser fires `change` only when the value changes).
 */
export function FileInput({ onFiles, ...props }: FileInputProps) {
  return (
    <input
      {...props}
      type="file"
      onChange={(e) => {
        const [first, ...rest] = [...(e.target.files ?? [])];
        e.target.value = '';
        if (first) onFiles([first, ...rest]);
      }}
    />
  );
}
