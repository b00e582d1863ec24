/** The choice between the quick scan and the full assessment, with their computed times (#13). */
import type { AssessmentMode } from '../../domain/assessment/assessment-mode';
import type { ModeOptions } from '../types';

interface Props {
  options: ModeOptions;
}

/** The mode asked for in the address (`?mode=quick` from the landing page); full otherwise. */
function readModeFromLocation(): AssessmentMode {
  return new URLSearchParams(globalThis.location.search).get('mode') === 'quick' ? 'quick' : 'full';
}

export function ModeChoice({ options }: Props) {
  const initial = readModeFromLocation();
  const choices = [
    { mode: 'quick', label: options.quickLabel, hint: options.quickHint },
    { mode: 'full', label: options.fullLabel, hint: options.fullHint },
  ] as const;
  return (
    <fieldset class="field mode-choice">
      <legend>{options.legend}</legend>
      {choices.map((choice) => (
        <div class="choice" key={choice.mode}>
          <input
            type="radio"
            id={`new-mode-${choice.mode}`}
            name="mode"
            value={choice.mode}
            defaultChecked={choice.mode === initial}
            aria-describedby={`new-mode-${choice.mode}-hint`}
          />
          <label for={`new-mode-${choice.mode}`}>{choice.label}</label>
          <p class="hint" id={`new-mode-${choice.mode}-hint`}>
            {choice.hint}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
