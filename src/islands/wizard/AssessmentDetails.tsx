/**
 * The assessment's name, organization and assessor on the first step. They were asked when the
 * assessment was started (#14: asked once), so they show as text; "Edit" opens the same fields
 * here, the one place besides the list's Rename where they change.
 */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import { MAX_LABEL_LENGTH } from '../../domain/assessment/assessment';

type Detail = 'name' | 'organization' | 'assessor';

interface Props {
  assessment: Assessment;
  strings: UiStrings['wizard'];
  listStrings: UiStrings['assessments'];
  onDetails: (details: Partial<Pick<Assessment, Detail>>) => void;
}

export function AssessmentDetails({ assessment: a, strings: s, listStrings: l, onDetails }: Props) {
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Detail, string>>>({});
  const details: { key: Detail; label: string; required: boolean; error: string }[] = [
    { key: 'name', label: l.nameLabel, required: true, error: l.nameRequired },
    {
      key: 'organization',
      label: l.organizationLabel,
      required: true,
      error: l.organizationRequired,
    },
    { key: 'assessor', label: l.assessorLabel, required: false, error: '' },
  ];
  const change = (key: Detail, required: boolean, error: string) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    // An emptied required field is flagged and not saved, so the stored name is never lost.
    if (required && value.trim() === '') {
      setErrors((e) => ({ ...e, [key]: error }));
      return;
    }
    setErrors((e) => ({ ...e, [key]: undefined }));
    onDetails({ [key]: value });
  };
  return (
    <section class="details-fields stack" aria-labelledby="details-heading">
      <h3 id="details-heading">{s.detailsHeading}</h3>
      {editing ? (
        details.map(({ key, label, required, error }) => (
          <div class="field" key={key}>
            <label for={`detail-${key}`}>{label}</label>
            <input
              id={`detail-${key}`}
              defaultValue={a[key]}
              maxLength={MAX_LABEL_LENGTH}
              required={required}
              aria-invalid={errors[key] ? 'true' : undefined}
              aria-describedby={errors[key] ? `detail-${key}-error` : undefined}
              onInput={change(key, required, error)}
            />
            {errors[key] && (
              <p class="error" id={`detail-${key}-error`}>
                {errors[key]}
              </p>
            )}
          </div>
        ))
      ) : (
        <dl class="details-list">
          {details.map(({ key, label }) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{a[key] || s.detailNotGiven}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <button
          type="button"
          class="button secondary"
          aria-expanded={editing}
          onClick={() => {
            setEditing(!editing);
            setErrors({});
          }}
        >
          {editing ? s.detailsDone : s.editDetails}
        </button>
      </p>
    </section>
  );
}
