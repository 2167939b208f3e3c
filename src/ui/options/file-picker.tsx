/** A button that opens the file chooser and hands over the chosen file's text. */
import { buttonClass, describeError } from '../shared/index.ts';

/** Bigger files would stall the page and the message channel; real exports are far smaller. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

interface Props {
  label: string;
  accept: string;
  disabled?: boolean;
  testId?: string;
  onFile: (file: { name: string; text: string }) => void;
  onError: (message: string) => void;
}

export function FilePicker({ label, accept, disabled, testId, onFile, onError }: Props) {
  return (
    <label class={buttonClass('secondary')} aria-disabled={disabled || undefined}>
      {label}
      <input
        type="file"
        accept={accept}
        class="cp-visually-hidden"
        disabled={disabled}
        data-testid={testId}
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Cleared so picking the same file again (after fixing it) fires another change.
          input.value = '';
          if (!file) return;
          if (file.size > MAX_FILE_BYTES) return onError(`${file.name} is larger than 100 MB.`);
          let text: string;
          try {
            text = await file.text();
          } catch (error) {
            return onError(`${file.name} could not be read: ${describeError(error)}`);
          }
          onFile({ name: file.name, text });
        }}
      />
    </label>
  );
}
