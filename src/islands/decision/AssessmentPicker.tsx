/** Which assessment the decision belongs to, what the defaults come from, and the reset. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import { format } from '../../i18n/format';
import { ConfirmDialog } from '../shared/ConfirmDialog';

interface Props {
  strings: UiStrings['decision'];
  /** The assessments saved in this browser, most recent first. */
  assessments: readonly Assessment[];
  linked: Assessment | undefined;
  /** True when the address names an assessment this browser does not have. */
  missing: boolean;
  /** The words of the linked assessment's company size, if it was answered. */
  sizeLabel: string | undefined;
  listPath: string;
  canReset: boolean;
  onSelect: (id: string) => void;
  onReset: () => void;
}

export function AssessmentPicker({
  strings: s,
  assessments,
  linked,
  missing,
  sizeLabel,
  listPath,
  canReset,
  onSelect,
  onReset,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <div class="panel stack decision-link">
      <div class="field">
        <label for="decision-assessment">{s.assessmentLabel}</label>
        <select
          id="decision-assessment"
          aria-describedby="decision-assessment-hint"
          value={linked?.id ?? ''}
          onChange={(event) => {
            setDone(false);
            onSelect(event.currentTarget.value);
          }}
        >
          <option value="">{s.assessmentNone}</option>
          {assessments.map((a) => (
            <option key={a.id} value={a.id}>
              {format(s.assessmentOption, { name: a.name, organization: a.organization })}
            </option>
          ))}
        </select>
        <p class="hint" id="decision-assessment-hint">
          {s.assessmentHint}
        </p>
      </div>
      {missing && (
        <p class="banner warning" role="alert">
          {s.notFound}
        </p>
      )}
      {assessments.length === 0 && (
        <p>
          {s.noAssessments} <a href={listPath}>{s.toList}</a>
        </p>
      )}
      {linked ? (
        <p class="banner success">{format(s.savedNote, { name: linked.name })}</p>
      ) : (
        <p class="banner info">{s.unsavedNote}</p>
      )}
      <p class="hint">
        {linked
          ? format(s.defaultsLinked, { name: linked.name, size: sizeLabel ?? s.sizeUnknown })
          : s.defaultsGeneral}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          disabled={!canReset}
          onClick={() => setConfirming(true)}
        >
          {s.reset}
        </button>
      </div>
      <div role="status" aria-live="polite" class="status">
        {done && <p class="hint">{s.resetDone}</p>}
      </div>
      <ConfirmDialog
        open={confirming}
        title={s.resetTitle}
        onCancel={() => setConfirming(false)}
        actions={
          <>
            <button
              type="button"
              class="button danger"
              onClick={() => {
                onReset();
                setConfirming(false);
                setDone(true);
              }}
            >
              {s.resetConfirm}
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
              {s.cancel}
            </button>
          </>
        }
      >
        <p>{s.resetText}</p>
      </ConfirmDialog>
    </div>
  );
}
