/** The first step: the assessment's details and the organization profile. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { WizardProfileField } from '../types';
import type { Assessment } from '../../domain/assessment/assessment';
import { MAX_LABEL_LENGTH } from '../../domain/assessment/assessment';

interface Props {
  assessment: Assessment;
  profile: { title: string; intro: string; fields: readonly WizardProfileField[] };
  strings: UiStrings['wizard'];
  listStrings: UiStrings['assessments'];
  onDetails: (details: Partial<Pick<Assessment, 'name' | 'organization' | 'assessor'>>) => void;
  onProfile: (fieldId: string, value: string | readonly string[]) => void;
}

type Detail = 'name' | 'organization' | 'assessor';

export function ProfileStep({
  assessment: a,
  profile,
  strings: s,
  listStrings: l,
  onDetails,
  onProfile,
}: Props) {
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
    <div class="stack">
      <fieldset class="details-fields">
        <legend>{s.detailsHeading}</legend>
        {details.map(({ key, label, required, error }) => (
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
        ))}
      </fieldset>
      <p>{profile.intro}</p>
      {profile.fields.map((field) => {
        const current = a.profile[field.id];
        const selected = new Set(Array.isArray(current) ? current : current ? [current] : []);
        return (
          <fieldset
            class="question"
            key={field.id}
            aria-describedby={field.hint ? `hint-${field.id}` : undefined}
          >
            <legend>
              <span class="prompt">{field.label}</span>
            </legend>
            {field.hint && (
              <p class="hint" id={`hint-${field.id}`}>
                {field.hint}
              </p>
            )}
            <div class="choices">
              {field.options.map((option) => {
                const id = `profile-${field.id}-${option.id}`;
                const toggle = () => {
                  if (field.kind === 'single') return onProfile(field.id, option.id);
                  const next = new Set(selected);
                  if (next.has(option.id)) next.delete(option.id);
                  else next.add(option.id);
                  return onProfile(
                    field.id,
                    field.options.map((o) => o.id).filter((o) => next.has(o)),
                  );
                };
                return (
                  <div class="choice other" key={id}>
                    <input
                      type={field.kind === 'single' ? 'radio' : 'checkbox'}
                      id={id}
                      name={`profile-${field.id}`}
                      checked={selected.has(option.id)}
                      onChange={toggle}
                    />
                    <label for={id}>{option.label}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
