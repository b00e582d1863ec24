/**
 * Without an assessment, the owner says what the decision needs to know about the organization
 * (#14): how many people work there (its size band follows), sector, CRM situation and channels.
 * Every change goes through a named store action; a refused one is said, and nothing changes.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import {
  PEOPLE_LIMITS,
  SIZE_FIELD,
  type FactRefusal,
  type FactResult,
  type OrganizationFacts,
} from '../../domain/decision/organization-facts';
import { setOrganizationFact, setOrganizationPeople } from '../../stores/decision';
import type { WizardProfileField } from '../types';
import { NumberField } from './NumberField';
import { ProfileFactField } from './ProfileFactField';

interface Props {
  facts: OrganizationFacts;
  fields: readonly WizardProfileField[];
  strings: UiStrings['decision'];
  lang: Lang;
}

export function OrganizationFactsPanel({ facts, fields, strings: s, lang }: Props) {
  const [refusal, setRefusal] = useState<FactRefusal | null>(null);
  const apply = (result: FactResult) => setRefusal(result.ok ? null : result.reason);
  const size = facts.profile[SIZE_FIELD];
  const sizeLabel = fields
    .find((f) => f.id === SIZE_FIELD)
    ?.options.find((o) => o.id === size)?.label;
  return (
    <section class="panel stack organization-facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{s.factsHeading}</h2>
      <p class="hint prose">{s.factsLead}</p>
      <NumberField
        id="org-people"
        class="field"
        label={s.peopleLabel}
        value={facts.people ?? null}
        rules={{ ...PEOPLE_LIMITS, integer: true }}
        lang={lang}
        strings={s}
        onValue={(people) => apply(setOrganizationPeople(people))}
      />
      <p class="size-band" aria-live="polite">
        {sizeLabel ? format(s.sizeIs, { size: sizeLabel }) : s.sizeNotGiven}
      </p>
      {fields
        .filter((f) => f.id !== SIZE_FIELD)
        .map((field) => (
          <ProfileFactField
            key={field.id}
            field={field}
            value={facts.profile[field.id]}
            strings={s}
            onChange={(value) => apply(setOrganizationFact(field.id, value))}
          />
        ))}
      {refusal && (
        <p class="banner danger" role="alert">
          {s.factErrors[refusal]}
        </p>
      )}
    </section>
  );
}
