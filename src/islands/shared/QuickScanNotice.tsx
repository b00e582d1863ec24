/**
 * Says that an assessment is a quick scan and how much of the questionnaire it asks, and offers to
 * continue into the full assessment (#13). Shown in the wizard and on the results page.
 */
import type { UiStrings } from '../../i18n/types';
import type { ScanCoverage } from '../../domain/assessment/assessment-mode';
import { format } from '../../i18n/format';

interface Props {
  coverage: ScanCoverage;
  strings: UiStrings['quickScan'];
  /** The longer note of the results page; the wizard's short one otherwise. */
  detail: 'results' | 'wizard';
  onContinue: () => void;
}

export function QuickScanNotice({ coverage, strings: s, detail, onContinue }: Props) {
  const rest = coverage.total - coverage.asked;
  return (
    <aside class="banner info quick-scan-notice" aria-labelledby="quick-scan-label">
      <p>
        <strong id="quick-scan-label">{format(s.label, coverage)}</strong>{' '}
        {detail === 'results' ? format(s.resultsNote, { rest }) : format(s.wizardNote, coverage)}
      </p>
      <p>
        <button type="button" class="button secondary" onClick={onContinue}>
          {s.continueButton}
        </button>{' '}
        <span class="hint">{s.continueHint}</span>
      </p>
    </aside>
  );
}
