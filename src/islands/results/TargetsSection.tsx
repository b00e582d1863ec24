/** Ambition presets and per-area targets, with the gap table they drive. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import { formatScore } from '../../i18n/format';
import type { AssessmentPlan } from '../../domain/assessment/assessment';
import type { GapRow } from '../../domain/results/summarize-results';
import { GapTable } from './GapTable';
import { EditorDisclosure } from '../roadmap/EditorDisclosure';

type Ambition = AssessmentPlan['ambition'];

interface Props {
  ambition: Ambition;
  rows: readonly GapRow[];
  /** Dimension ids in questionnaire order: the targets table keeps this order while gaps re-rank. */
  order: readonly string[];
  titles: Readonly<Record<string, string>>;
  strings: UiStrings['results'];
  lang: string;
  onAmbition: (ambition: Ambition) => void;
  onTarget: (dimensionId: string, target: number) => void;
  /** The fragment named the targets editor: open it. */
  wanted: boolean;
}

const AMBITIONS: readonly Ambition[] = ['foundation', 'competitive', 'leading'];

export function TargetsSection({
  ambition,
  rows,
  order,
  titles,
  strings: s,
  lang,
  onAmbition,
  onTarget,
  wanted,
}: Props) {
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const number = (value: number | null) => formatScore(value, lang, s.notEnough);
  const change = (dimensionId: string) => (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement).value.trim();
    const value = Number(text);
    const ok = text !== '' && Number.isInteger(value) && value >= 0 && value <= 100;
    setInvalid((set) => {
      const next = new Set(set);
      if (ok) next.delete(dimensionId);
      else next.add(dimensionId);
      return next;
    });
    if (ok) onTarget(dimensionId, value);
  };
  return (
    <section class="stack" aria-labelledby="targets-heading">
      <h2 id="targets-heading">{s.targetsHeading}</h2>
      <p>{s.targetsLead}</p>
      <p>
        {s.ambitionLabel}: {s.ambitions[ambition]}
      </p>
      {/* Drawn when opened: its fields would make Chrome's autofill lay out the whole part. */}
      <EditorDisclosure id="targets" summary={s.editTargets} wanted={wanted}>
        <fieldset class="ambition">
          <legend>{s.ambitionLabel}</legend>
          {AMBITIONS.map((a) => (
            <label key={a} class="inline-choice">
              <input
                type="radio"
                name="ambition"
                checked={a === ambition}
                onChange={() => onAmbition(a)}
              />
              {s.ambitions[a]}
            </label>
          ))}
        </fieldset>
        <div class="table-scroll">
          <table class="target-table">
            <thead>
              <tr>
                <th scope="col">{s.colArea}</th>
                <th scope="col" class="num">
                  {s.colScore}
                </th>
                <th scope="col">{s.colTarget}</th>
              </tr>
            </thead>
            <tbody>
              {order.map((dimensionId) => {
                const row = rows.find((r) => r.dimensionId === dimensionId);
                if (!row) return null;
                const id = `target-${dimensionId}`;
                const bad = invalid.has(dimensionId);
                return (
                  <tr key={dimensionId}>
                    <th scope="row">
                      <label for={id}>{titles[dimensionId]}</label>
                    </th>
                    <td class="num">{number(row.score)}</td>
                    <td>
                      <input
                        id={id}
                        class="target-input"
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={100}
                        step={1}
                        key={`${dimensionId}-${ambition}`}
                        defaultValue={String(row.target)}
                        aria-invalid={bad ? 'true' : undefined}
                        aria-describedby={bad ? `${id}-error` : undefined}
                        onInput={change(dimensionId)}
                      />
                      {bad && (
                        <p class="error" id={`${id}-error`}>
                          {s.targetInvalid}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </EditorDisclosure>
      <GapTable rows={rows} titles={titles} strings={s} lang={lang} />
    </section>
  );
}
