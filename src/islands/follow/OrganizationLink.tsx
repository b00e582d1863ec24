/**
 * "This assessment belongs to": the organization link, chosen among the other assessments in this
 * browser (or its own organization, as its first run) and saved with a button, so that moving
 * through the list by keyboard saves nothing until asked. A refusal says why.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import type { OrganizationChoices } from '../../domain/follow/trend-view';
import { format } from '../../i18n/format';
import { formatDay } from '../../i18n/format-day';
import type { FollowResult } from '../../stores/follow';

/** Links assessment `id` to organization `organizationId`; null: its own organization. */
export type LinkAction = (id: string, organizationId: string | null) => FollowResult;

interface Props {
  assessmentId: string;
  choices: OrganizationChoices;
  strings: UiStrings['follow'];
  lang: Lang;
  onLink: LinkAction;
}

/** The select's value for "its own organization". */
const OWN = '';

export function OrganizationLink({ assessmentId, choices, strings: s, lang, onLink }: Props) {
  const t = s.trend;
  const [said, setSaid] = useState('');
  const [failed, setFailed] = useState('');
  return (
    <form
      class="follow-form trend-link"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const select = e.currentTarget.elements.namedItem('organization') as HTMLSelectElement;
        const { value } = select;
        // An option's link is its organization; a value the list does not know is refused.
        const link = choices.options.find((o) => o.id === value)?.link ?? value;
        const result = onLink(assessmentId, value === OWN ? null : link);
        setFailed(result.ok ? '' : format(t.linkFailed, { reason: s.errors[result.reason] }));
        setSaid(result.ok ? t.linkSaved : '');
      }}
    >
      <div class="field">
        <label for="trend-link">{t.linkLabel}</label>
        <select
          id="trend-link"
          name="organization"
          key={choices.selected ?? OWN}
          aria-describedby={failed ? 'trend-link-hint trend-link-error' : 'trend-link-hint'}
          aria-invalid={failed ? true : undefined}
        >
          <option value={OWN} selected={choices.selected === null}>
            {t.ownOrganization}
          </option>
          {choices.options.map((o) => (
            <option key={o.id} value={o.id} selected={o.id === choices.selected}>
              {format(t.linkOption, {
                name: o.name,
                organization: o.organization,
                date: formatDay(o.day, lang),
              })}
            </option>
          ))}
        </select>
        <p id="trend-link-hint" class="hint">
          {t.linkHint}
        </p>
        {failed && (
          <p id="trend-link-error" class="error" role="alert">
            {failed}
          </p>
        )}
      </div>
      <button type="submit" class="button secondary">
        {t.saveLink}
      </button>
      <p role="status" class="status">
        {said}
      </p>
    </form>
  );
}
