/** The first step: the assessment's details and the organization profile. */
import type { UiStrings } from '../../i18n/types';
import type { WizardProfileField } from '../types';
import type { Assessment } from '../../domain/assessment/assessment';
import { AssessmentDetails } from './AssessmentDetails';

interface Props {
  assessment: Assessment;
  profile: { title: string; intro: string; fields: readonly WizardProfileField[] };
  strings: UiStrings['wizard'];
  listStrings: UiStrings['assessments'];
  onDetails: (details: Partial<Pick<Assessment, 'name' | 'organization' | 'assessor'>>) => void;
  onProfile: (fieldId: string, value: string | readonly string[]) => void;
}

export function ProfileStep({
  assessment: a,
  profile,
  strings: s,
  listStrings: l,
  onDetails,
  onProfile,
}: Props) {
  return (
    <div class="stack">
      <AssessmentDetails assessment={a} strings={s} listStrings={l} onDetails={onDetails} />
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
