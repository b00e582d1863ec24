/** Always-visible progress: answered of total (and "don't know") overall and per phase, as real progress bars. */
import type { UiStrings } from '../../i18n/types';
import { formatProgress, type Progress } from '../../domain/assessment/progress';
import { PHASE_IDS, type PhaseId } from '../../domain/scoring/model';

interface Props {
  progress: Progress;
  phaseNames: Readonly<Record<PhaseId, string>>;
  strings: UiStrings['wizard'];
  title: string;
}

export function WizardProgress({ progress, phaseNames, strings: s, title }: Props) {
  const { overall } = progress;
  return (
    <div class="wizard-progress">
      <p class="wizard-title">{title}</p>
      <div class="overall">
        <label for="progress-overall">
          {formatProgress(overall, {
            progress: s.progressOverall,
            progressDontKnow: s.progressOverallDontKnow,
          })}
        </label>
        <progress id="progress-overall" max={overall.total} value={overall.answered} />
      </div>
      <ul class="phase-progress" aria-label={s.progressLabel}>
        {PHASE_IDS.map((phase) => (
          <li key={phase} class={`phase-${phase}`}>
            <label for={`progress-${phase}`}>
              <span class="phase-name">{phaseNames[phase]}</span>{' '}
              {formatProgress(progress.phases[phase], {
                progress: s.phaseProgress,
                progressDontKnow: s.phaseProgressDontKnow,
              })}
            </label>
            <progress
              id={`progress-${phase}`}
              max={progress.phases[phase].total}
              value={progress.phases[phase].answered}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
