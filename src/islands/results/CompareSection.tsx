/** Picks an earlier assessment of the same organization to compare with. */
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import { format, formatDateTime } from '../../i18n/format';
import { formatWhole } from '../../domain/format/intl-cache';

interface Props {
  assessment: Assessment;
  candidates: readonly Assessment[];
  indexDelta: number | null;
  strings: UiStrings['results'];
  lang: string;
  onChange: (id: string | undefined) => void;
}

export function CompareSection({
  assessment,
  candidates,
  indexDelta,
  strings: s,
  lang,
  onChange,
}: Props) {
  const chosen = candidates.find((c) => c.id === assessment.plan?.compareWith);
  return (
    <section class="stack" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{s.compareHeading}</h2>
      {candidates.length === 0 ? (
        <p>{format(s.compareEmpty, { organization: assessment.organization })}</p>
      ) : (
        <div class="field">
          <label for="compare-with">{s.compareLabel}</label>
          <select
            id="compare-with"
            value={chosen?.id ?? ''}
            onChange={(event) => onChange(event.currentTarget.value || undefined)}
          >
            <option value="">{s.compareNone}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({formatDateTime(c.updatedAt, lang)})
              </option>
            ))}
          </select>
        </div>
      )}
      {chosen && indexDelta !== null && (
        <p role="status">
          {format(s.indexDelta, {
            delta: `${indexDelta > 0 ? '+' : ''}${formatWhole(indexDelta, lang)}`,
            name: chosen.name,
          })}
        </p>
      )}
    </section>
  );
}
