/** A labelled text or date input with its error message, named for the form data. */
import { MAX_LABEL_LENGTH } from '../../domain/assessment/assessment';

interface Props {
  id: string;
  name: string;
  label: string;
  error?: string | undefined;
  type?: 'text' | 'date';
  defaultValue?: string;
  autoComplete?: string;
}

export function TextField({ id, name, label, error, type = 'text', ...rest }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        maxLength={type === 'text' ? MAX_LABEL_LENGTH : undefined}
        defaultValue={rest.defaultValue}
        autoComplete={rest.autoComplete ?? 'off'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
