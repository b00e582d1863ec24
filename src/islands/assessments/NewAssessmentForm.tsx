/** The form that starts an assessment: its name, the organization, and who is assessing. */
import { useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import { MAX_LABEL_LENGTH } from '../../domain/assessment/assessment';
import type { AssessmentMode } from '../../domain/assessment/assessment-mode';
import type { ModeOptions } from '../types';
import { ModeChoice } from './ModeChoice';

interface Props {
  strings: UiStrings['assessments'];
  /** The quick scan or full assessment choice (#13). */
  modes: ModeOptions;
  onStart: (input: {
    name: string;
    organization: string;
    assessor: string;
    mode: AssessmentMode;
  }) => void;
}

type Field = 'name' | 'organization';

export function NewAssessmentForm({ strings, modes, onStart }: Props) {
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const value = (key: string) => {
      const entry = data.get(key);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    const found: Partial<Record<Field, string>> = {};
    if (!value('name')) found.name = strings.nameRequired;
    if (!value('organization')) found.organization = strings.organizationRequired;
    setErrors(found);
    const first = (['name', 'organization'] as const).find((f) => found[f]);
    if (first) {
      form.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onStart({
      name: value('name'),
      organization: value('organization'),
      assessor: value('assessor'),
      mode: value('mode') === 'quick' ? 'quick' : 'full',
    });
  };

  const describedBy = (field: Field, extra?: string) =>
    [errors[field] ? `new-${field}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;

  return (
    <form ref={form} class="stack form" onSubmit={submit} noValidate aria-labelledby="new-heading">
      <h2 id="new-heading">{strings.newHeading}</h2>
      <div class="field">
        <label for="new-name">{strings.nameLabel}</label>
        <p class="hint" id="new-name-hint">
          {strings.nameHint}
        </p>
        <input
          id="new-name"
          name="name"
          required
          maxLength={MAX_LABEL_LENGTH}
          autoComplete="off"
          aria-invalid={errors.name ? 'true' : undefined}
          aria-describedby={describedBy('name', 'new-name-hint')}
        />
        {errors.name && (
          <p class="error" id="new-name-error">
            {errors.name}
          </p>
        )}
      </div>
      <div class="field">
        <label for="new-organization">{strings.organizationLabel}</label>
        <input
          id="new-organization"
          name="organization"
          required
          maxLength={MAX_LABEL_LENGTH}
          autoComplete="organization"
          aria-invalid={errors.organization ? 'true' : undefined}
          aria-describedby={describedBy('organization')}
        />
        {errors.organization && (
          <p class="error" id="new-organization-error">
            {errors.organization}
          </p>
        )}
      </div>
      <div class="field">
        <label for="new-assessor">{strings.assessorLabel}</label>
        <input id="new-assessor" name="assessor" maxLength={MAX_LABEL_LENGTH} autoComplete="name" />
      </div>
      <ModeChoice options={modes} />
      <p>
        <button type="submit" class="button">
          {strings.startButton}
        </button>
      </p>
    </form>
  );
}
