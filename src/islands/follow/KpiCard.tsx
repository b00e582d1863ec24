/**
 * One KPI of the plan: its baseline, target and target date as numbers, a form to add a
 * measurement, and the measurements as a table with remove; the latest value, on or off track,
 * and "due" once a measurement is overdue. A refused value says why under its field.
 */
import { FollowDetails } from './FollowDetails';
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import type { FollowKpi } from '../../domain/follow-view';
import type { FollowPageData } from '../types';
import {
  addMeasurement,
  removeMeasurement,
  setKpiTargetValues,
  type FollowField,
} from '../../stores/follow';
import { format } from '../../i18n/format';
import { getNumberFormat } from '../../domain/format/intl-cache';
import { formatDay } from '../../i18n/format-day';
import { FieldError } from './FieldError';
import { useRefusal } from './use-refusal';
import { readField } from './read-field';
import { KpiChartPart } from './KpiChartPart';

interface Props {
  assessmentId: string;
  kpi: FollowKpi;
  strings: UiStrings['follow'];
  roadmapStrings: FollowPageData['roadmapStrings'];
  lang: Lang;
  today: string;
}

/** A figure as the page's language writes it, which the store reads back as the same number. */
const toText = (value: number | undefined, lang: Lang) =>
  value === undefined ? '' : getNumberFormat(lang, { maximumFractionDigits: 6 }).format(value);

export function KpiCard({ assessmentId, kpi, strings: s, roadmapStrings: r, lang, today }: Props) {
  const { doc, setting, status, unit } = kpi;
  const p = s.page;
  const key = `kpi-${doc.id}`;
  const { refusal, run, errorId, aria } = useRefusal(key);
  const [said, setSaid] = useState('');
  const context = { unit, locale: lang };
  const error = (field: FollowField, kept?: string) =>
    refusal?.field === field && (
      <FieldError id={errorId(field)} strings={s} reason={refusal.reason} kept={kept} />
    );
  const number = (value: number) => toText(value, lang);
  const day = (d: string) => formatDay(d, lang);
  const { latest } = status;
  return (
    <li class="card follow-kpi stack" aria-labelledby={`${key}-title`}>
      <h3 id={`${key}-title`}>{doc.name}</h3>
      <p class="meta">
        {format(p.kpiFacts, {
          unit: r.units[unit],
          direction: r.directions[doc.direction],
          frequency: r.frequencies[doc.frequency],
        })}
      </p>
      <p>
        <strong class={`track track-${status.track}`}>{p.tracks[status.track]}</strong>
        {latest && ` ${format(p.latest, { value: number(latest.value), date: day(latest.date) })}`}
        {status.expected !== undefined &&
          ` ${format(p.expected, { value: number(Math.round(status.expected * 100) / 100) })}`}
      </p>
      <p class={status.due ? 'due-note' : 'meta'}>
        {status.due
          ? format(p.due, { date: day(status.nextReview) })
          : format(p.nextReview, { date: day(status.nextReview) })}
      </p>
      <FollowDetails summary={p.figuresSummary} open={setting.targetValue !== undefined}>
        <form
          class="follow-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const input = {
              baselineValue: readField(form, 'baseline'),
              targetValue: readField(form, 'target'),
              targetDate: readField(form, 'targetDate'),
            };
            setSaid(run(setKpiTargetValues(assessmentId, doc.id, input, context)) ? p.saved : '');
          }}
        >
          <fieldset class="stack">
            <legend>{format(p.figuresLegend, { kpi: doc.name })}</legend>
            <div class="follow-fields">
              <div class="field">
                <label for={`${key}-baseline`}>{p.baseline}</label>
                <input
                  id={`${key}-baseline`}
                  name="baseline"
                  inputMode="decimal"
                  autoComplete="off"
                  key={`b${setting.baselineValue}`}
                  defaultValue={toText(setting.baselineValue, lang)}
                  {...aria('baselineValue')}
                />
                {error('baselineValue', toText(setting.baselineValue, lang))}
              </div>
              <div class="field">
                <label for={`${key}-target`}>{p.target}</label>
                <input
                  id={`${key}-target`}
                  name="target"
                  inputMode="decimal"
                  autoComplete="off"
                  key={`t${setting.targetValue}`}
                  defaultValue={toText(setting.targetValue, lang)}
                  {...aria('targetValue')}
                />
                {error('targetValue', toText(setting.targetValue, lang))}
              </div>
              <div class="field">
                <label for={`${key}-target-date`}>{p.targetDate}</label>
                <input
                  type="date"
                  id={`${key}-target-date`}
                  name="targetDate"
                  key={`d${setting.targetDate}`}
                  defaultValue={setting.targetDate ?? ''}
                  {...aria('targetDate')}
                />
                {error('targetDate', setting.targetDate ?? '')}
              </div>
            </div>
            {setting.targetDate === undefined && (
              <p class="hint">{format(p.targetDateDefault, { date: day(status.targetDate) })}</p>
            )}
            <button type="submit" class="button secondary">
              {p.saveFigures}
            </button>
          </fieldset>
        </form>
      </FollowDetails>
      <form
        class="follow-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const input = {
            date: readField(form, 'date'),
            value: readField(form, 'value'),
            note: readField(form, 'note'),
          };
          const ok = run(addMeasurement(assessmentId, doc.id, input, context));
          if (ok) form.reset();
          setSaid(ok ? p.added : '');
        }}
      >
        <fieldset class="stack">
          <legend>{format(p.addLegend, { kpi: doc.name })}</legend>
          <div class="follow-fields">
            <div class="field">
              <label for={`${key}-date`}>{p.date}</label>
              <input
                type="date"
                id={`${key}-date`}
                name="date"
                defaultValue={today}
                {...aria('date')}
              />
              {error('date')}
            </div>
            <div class="field">
              <label for={`${key}-value`}>{format(p.value, { unit: r.units[unit] })}</label>
              <input
                id={`${key}-value`}
                name="value"
                inputMode="decimal"
                autoComplete="off"
                {...aria('value')}
              />
              {error('value')}
            </div>
            <div class="field">
              <label for={`${key}-note`}>{p.measurementNote}</label>
              <input id={`${key}-note`} name="note" autoComplete="off" {...aria('note')} />
              {error('note')}
            </div>
          </div>
          <button type="submit" class="button">
            {p.add}
          </button>
        </fieldset>
      </form>
      {status.series.length > 0 && <KpiChartPart kpi={kpi} lang={lang} strings={s} />}
      {status.series.length === 0 ? (
        <p>{p.noMeasurement}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby={`${key}-caption`} tabIndex={0}>
          <table>
            <caption id={`${key}-caption`}>{format(p.tableCaption, { kpi: doc.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{p.dateColumn}</th>
                <th scope="col" class="num">
                  {p.valueColumn}
                </th>
                <th scope="col">{p.noteColumn}</th>
                <th scope="col">{p.actionsColumn}</th>
              </tr>
            </thead>
            <tbody>
              {status.series.map((m) => (
                <tr key={m.date}>
                  <th scope="row">{day(m.date)}</th>
                  <td class="num">{number(m.value)}</td>
                  <td>{m.note ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      class="button secondary"
                      aria-label={format(p.removeLabel, { date: day(m.date) })}
                      onClick={() => {
                        run(removeMeasurement(assessmentId, doc.id, m.date));
                        setSaid(format(p.removed, { date: day(m.date) }));
                      }}
                    >
                      {p.remove}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" class="status">
        {said}
      </p>
    </li>
  );
}
