/** A button that opens the file chooser and hands over the chosen file, for the caller to read as it needs. */
import { buttonClass } from '../shared/index.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  label: string;
  accept: string;
  disabled?: boolean;
  testId?: string;
  onFile: (file: File) => void;
  /** Files larger than this are refused with a message before they are read. */
  maxBytes?: number;
  onError: (message: string) => void;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

export function FilePicker({ label, accept, disabled, testId, onFile, maxBytes, onError }: Props) {
  return (
    <label class={buttonClass('secondary')} aria-disabled={disabled || undefined}>
      {label}
      <input
        type="file"
        accept={accept}
        class="cp-visually-hidden"
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Cleared so picking the same file again (after fixing it) fires another change.
          input.value = '';
          if (!file) return;
          if (maxBytes !== undefined && file.size > maxBytes) return onError(t('fileTooLarge', file.name, megabytes(maxBytes)));
          onFile(file);
        }}
      />
    </label>
  );
}
