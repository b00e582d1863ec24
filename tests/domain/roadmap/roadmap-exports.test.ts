import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { buildReminderEvents } from '~/domain/follow/reminders';
import { describe, expect, it } from 'vitest';
import { applyRoadmapEdits, NO_ROADMAP_EDITS } from '~/domain/roadmap/apply-edits';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import {
  buildRoadmapDocument,
  type InitiativeText,
  type KpiText,
} from '~/domain/roadmap/roadmap-document';
import {
  toInitiativesCsv,
  toKpisCsv,
  toMilestonesCalendar,
  toPlanJson,
  type CsvLabels,
  type ValueNames,
} from '~/domain/roadmap/roadmap-exports';
import { initiative, input } from './helpers';
import { en } from '~/i18n/en';
import { es } from '~/i18n/es';

const BOM = '\uFEFF';

/**
 * datos (0–4) → embudo (4–6) → procesos (diagnosis, 6–9); formacion (change management, 0–1).
 * KPIs by schedule order: datos duplicados; formacion adopcion; embudo conversion, duplicados;
 * procesos conversion.
 */
const LIBRARY = [
  initiative('datos', { kpis: ['duplicados'] }),
  initiative('embudo', { weeks: 2, dependsOn: ['datos'], kpis: ['conversion', 'duplicados'] }),
  initiative('procesos', {
    phase: 'diagnosis',
    dimension: 'd2',
    weeks: 3,
    dependsOn: ['embudo'],
    kpis: ['conversion'],
  }),
  initiative('formacion', { changeManagement: true, weeks: 1, kpis: ['adopcion'] }),
];

/** A title a spreadsheet would run as a formula, were it not neutralised. */
const FORMULA_TITLE = '=Depurar datos; «clientes», contactos';

const TEXTS: Readonly<Record<string, InitiativeText>> = {
  datos: {
    title: FORMULA_TITLE,
    description: 'Revisar "duplicados", direcciones y teléfonos; ¿quién es el dueño?',
    owner: 'Responsable de datos',
    milestone: 'Datos depurados: ¿listos?',
    effort: 'low',
    impact: 'high',
  },
  embudo: {
    title: 'Definir el embudo de ventas, año 2026',
    description: 'Etapas, criterios; «señales» de compra',
    owner: 'Dirección comercial',
    milestone: 'Embudo acordado: etapas, criterios; «señales»',
    effort: 'medium',
    impact: 'high',
  },
  procesos: {
    title: '¿Qué procesos cambian?',
    description: 'Mapa de procesos de atención; "tal cual" hoy',
    owner: 'Operaciones',
    milestone: 'Procesos «a futuro» aprobados',
    effort: 'high',
    impact: 'medium',
  },
  formacion: {
    title: 'Formación del equipo: «señor» Núñez',
    description: 'Sesiones prácticas, con niños y mayores',
    owner: 'RR. HH.',
    milestone: '',
    effort: 'low',
    impact: 'low',
  },
};

const KPIS: Readonly<Record<string, KpiText>> = {
  duplicados: {
    name: 'Duplicados (%)',
    definition: 'Fichas de cliente repetidas, sobre el total; «menos» es mejor',
    unit: 'percent',
    direction: 'lower',
    suggestedTarget: '< 2 %',
    frequency: 'monthly',
  },
  conversion: {
    name: 'Conversión',
    definition: 'Oportunidades ganadas / oportunidades "cualificadas"',
    unit: 'ratio',
    direction: 'higher',
    suggestedTarget: '+5 puntos',
    frequency: 'quarterly',
  },
  adopcion: {
    name: 'Adopción',
    definition: 'Usuarios activos, cada semana',
    unit: 'percent',
    direction: 'higher',
    suggestedTarget: '90 %',
    frequency: 'weekly',
  },
};

/** Monday 29 December 2025: the plan crosses the year end. */
const PLAN_START = '2025-12-29';

const roadmap = applyRoadmapEdits(buildRoadmap(input(LIBRARY)), {
  ...NO_ROADMAP_EDITS,
  owners: { embudo: 'Begoña Ibáñez, "Bea"' },
});

const doc = buildRoadmapDocument({
  roadmap,
  planStart: PLAN_START,
  initiatives: TEXTS,
  kpis: KPIS,
  kpiSettings: {
    duplicados: { baseline: '7,5 %', target: '=2 %', frequency: 'weekly' },
    conversion: { target: '18 %; revisar' },
  },
  phaseNames: { analysis: 'Análisis', diagnosis: 'Diagnóstico', action: 'Acción' },
  dimensionTitles: { d1: 'Datos y calidad', d2: 'Procesos' },
  phaseGateTitle: (phase) => `Fin de la fase «${phase}»`,
});

const LABELS: CsvLabels = {
  separator: ';',
  id: 'Id',
  group: 'Grupo',
  plan: 'El plan',
  later: 'Más adelante',
  focusRank: 'Orden',
  goLive: 'Puesta en marcha',
  initiative: 'Iniciativa',
  description: 'Descripción',
  phase: 'Fase',
  area: 'Área',
  changeManagement: 'Gestión del cambio',
  owner: 'Responsable',
  startWeek: 'Semana de inicio',
  endWeek: 'Semana de fin',
  weeks: 'Semanas',
  startDate: 'Fecha de inicio',
  endDate: 'Fecha de fin',
  dependsOn: 'Depende de',
  kpis: 'KPI',
  milestone: 'Hito',
  effort: 'Esfuerzo',
  impact: 'Impacto',
  yes: 'Sí',
  no: 'No',
  kpi: 'Indicador',
  definition: 'Definición',
  unit: 'Unidad',
  direction: 'Sentido',
  baseline: 'Valor inicial',
  target: 'Objetivo',
  frequency: 'Frecuencia',
  initiatives: 'Iniciativas',
};

/** 'ratio' has no name on purpose: the CSV then shows the id. */
const NAMES: ValueNames = {
  units: { percent: 'Porcentaje' },
  directions: { higher: 'Más es mejor', lower: 'Menos es mejor' },
  frequencies: { weekly: 'Semanal', monthly: 'Mensual', quarterly: 'Trimestral' },
  ratings: { low: 'Baja', medium: 'Media', high: 'Alta' },
};

/** Parses with csv-parse as a Spanish spreadsheet reads the file: BOM stripped, `;`, CRLF records. */
function parseCsv(text: string, delimiter = ';'): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n', delimiter });
}

const initiativesCsv = toInitiativesCsv(doc, LABELS, NAMES);
const kpisCsv = toKpisCsv(doc, LABELS, NAMES);

describe('the CSV separator follows the UI language (#14)', () => {
  it.each<[string, CsvLabels, string]>([
    ['English: a comma', { ...LABELS, ...en.roadmap.csv }, ','],
    [
      'Spanish: a semicolon, the list separator of a Spanish-locale Excel',
      { ...LABELS, ...es.roadmap.csv },
      ';',
    ],
  ])('%s', (_name, labels, separator) => {
    for (const text of [toInitiativesCsv(doc, labels, NAMES), toKpisCsv(doc, labels, NAMES)]) {
      const [header, ...rows] = parseCsv(text, separator);
      expect(header?.length).toBeGreaterThan(8);
      expect(rows.every((row) => row.length === header?.length)).toBe(true);
      // Read with the other separator, the header collapses into one column, as Excel shows it.
      const other = separator === ',' ? ';' : ',';
      expect(
        parse(text.split('\r\n')[0] ?? '', { bom: true, delimiter: other, relax_quotes: true })[0],
      ).toHaveLength(1);
    }
  });

  it('reads anything but ";" as a comma', () => {
    const [header] = parseCsv(toKpisCsv(doc, { ...LABELS, separator: '\t' }, NAMES), ',');
    expect(header).toContain('Indicador');
  });
});

describe('toInitiativesCsv', () => {
  const [header, ...rows] = parseCsv(initiativesCsv);

  it('parses back to the header in the UI language', () => {
    expect(header).toEqual([
      'Id',
      'Grupo',
      'Orden',
      'Iniciativa',
      'Fase',
      'Área',
      'Gestión del cambio',
      'Responsable',
      'Semana de inicio',
      'Semana de fin',
      'Semanas',
      'Fecha de inicio',
      'Fecha de fin',
      'Depende de',
      'KPI',
      'Hito',
      'Esfuerzo',
      'Impacto',
      'Descripción',
    ]);
  });

  it('parses back to one row per initiative, in schedule order, with every cell', () => {
    expect(rows).toEqual([
      [
        'datos',
        'El plan',
        '',
        `'${FORMULA_TITLE}`,
        'Análisis',
        'Datos y calidad',
        'No',
        'Responsable de datos',
        '0',
        '4',
        '4',
        '2025-12-29',
        '2026-01-23',
        '',
        'Duplicados (%)',
        'Datos depurados: ¿listos?',
        'Baja',
        'Alta',
        'Revisar "duplicados", direcciones y teléfonos; ¿quién es el dueño?',
      ],
      [
        'formacion',
        'El plan',
        '',
        'Formación del equipo: «señor» Núñez',
        'Análisis',
        'Datos y calidad',
        'Sí',
        'RR. HH.',
        '0',
        '1',
        '1',
        '2025-12-29',
        '2026-01-02',
        '',
        'Adopción',
        '',
        'Baja',
        'Baja',
        'Sesiones prácticas, con niños y mayores',
      ],
      [
        'embudo',
        'El plan',
        '',
        'Definir el embudo de ventas, año 2026',
        'Análisis',
        'Datos y calidad',
        'No',
        'Begoña Ibáñez, "Bea"',
        '4',
        '6',
        '2',
        '2026-01-26',
        '2026-02-06',
        `'${FORMULA_TITLE}`,
        'Conversión | Duplicados (%)',
        'Embudo acordado: etapas, criterios; «señales»',
        'Media',
        'Alta',
        'Etapas, criterios; «señales» de compra',
      ],
      [
        'procesos',
        'El plan',
        '',
        '¿Qué procesos cambian?',
        'Diagnóstico',
        'Procesos',
        'No',
        'Operaciones',
        '6',
        '9',
        '3',
        '2026-02-09',
        '2026-02-27',
        'Definir el embudo de ventas, año 2026',
        'Conversión',
        'Procesos «a futuro» aprobados',
        'Alta',
        'Media',
        'Mapa de procesos de atención; "tal cual" hoy',
      ],
    ]);
  });

  it('shows a rating that has no name by its id', () => {
    const csv = toInitiativesCsv(doc, LABELS, { ...NAMES, ratings: { low: 'Baja' } });
    const effortAndImpact = parseCsv(csv)
      .slice(1)
      .map((row) => row.slice(16, 18));
    expect(effortAndImpact).toEqual([
      ['Baja', 'high'],
      ['Baja', 'Baja'],
      ['medium', 'high'],
      ['high', 'medium'],
    ]);
  });
});

describe('toKpisCsv', () => {
  const [header, ...rows] = parseCsv(kpisCsv);

  it('parses back to the header in the UI language', () => {
    expect(header).toEqual([
      'Id',
      'Indicador',
      'Definición',
      'Unidad',
      'Sentido',
      'Valor inicial',
      'Objetivo',
      'Frecuencia',
      'Iniciativas',
    ]);
  });

  it('parses back to one row per KPI, in order of first use, with the user’s figures', () => {
    expect(rows).toEqual([
      [
        'duplicados',
        'Duplicados (%)',
        'Fichas de cliente repetidas, sobre el total; «menos» es mejor',
        'Porcentaje',
        'Menos es mejor',
        '7,5 %',
        "'=2 %",
        'Semanal',
        `'${FORMULA_TITLE} | Definir el embudo de ventas, año 2026`,
      ],
      [
        'adopcion',
        'Adopción',
        'Usuarios activos, cada semana',
        'Porcentaje',
        'Más es mejor',
        '',
        '',
        'Semanal',
        'Formación del equipo: «señor» Núñez',
      ],
      [
        'conversion',
        'Conversión',
        'Oportunidades ganadas / oportunidades "cualificadas"',
        'ratio',
        'Más es mejor',
        '',
        '18 %; revisar',
        'Trimestral',
        'Definir el embudo de ventas, año 2026 | ¿Qué procesos cambian?',
      ],
    ]);
  });

  it.each<[keyof ValueNames, number, string[]]>([
    ['units', 3, ['percent', 'percent', 'ratio']],
    ['directions', 4, ['lower', 'higher', 'higher']],
    ['frequencies', 7, ['weekly', 'weekly', 'quarterly']],
  ])('shows %s that have no name by their id', (kind, column, expected) => {
    const csv = toKpisCsv(doc, LABELS, { ...NAMES, [kind]: {} });
    expect(
      parseCsv(csv)
        .slice(1)
        .map((row) => row[column]),
    ).toEqual(expected);
  });

  it('has only a header when the plan tracks no KPI', () => {
    const empty = { ...doc, kpis: [] };
    expect(parseCsv(toKpisCsv(empty, LABELS, NAMES))).toHaveLength(1);
  });
});

describe('CSV files: encoding and layout', () => {
  it.each([
    ['initiatives', initiativesCsv, 5],
    ['KPIs', kpisCsv, 4],
  ])(
    'the %s CSV starts with one UTF-8 BOM and ends every record with CRLF',
    (_name, text, records) => {
      expect(text.startsWith(BOM)).toBe(true);
      expect(text.indexOf(BOM, 1)).toBe(-1);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.split('\r\n')).toHaveLength(records + 1);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    },
  );

  it.each([
    ['initiatives', initiativesCsv],
    ['KPIs', kpisCsv],
  ])('the %s CSV survives UTF-8 encoding byte for byte, accents and ñ included', (_name, text) => {
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(text);
  });

  it('neutralises a cell that begins with "=", quoting it for its separators', () => {
    const line = initiativesCsv.split('\r\n')[1] ?? '';
    expect(line.startsWith(`datos;El plan;;"'${FORMULA_TITLE}";`)).toBe(true);
  });

  it.each([
    ['initiatives', initiativesCsv],
    ['KPIs', kpisCsv],
  ])('the %s CSV has no cell a spreadsheet would run as a formula', (_name, text) => {
    const cells = parseCsv(text).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells.filter((cell) => cell.startsWith("'="))).not.toEqual([]);
  });
});

describe('toMilestonesCalendar', () => {
  const now = new Date('2026-01-15T08:45:30.500Z');
  const build = toMilestonesCalendar(doc, {
    calendarName: 'Hoja de ruta CRM — Acme, S.L.',
    labels: LABELS,
    assessmentId: 'acme-2026',
    now,
  });
  const calendar = new ICAL.Component(ICAL.parse(build.text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent');

  it('writes one VEVENT per milestone and skips none', () => {
    expect(doc.milestones).toHaveLength(6);
    expect(events).toHaveLength(doc.milestones.length);
    expect(build.eventCount).toBe(doc.milestones.length);
    expect(build.skipped).toEqual([]);
  });

  it('dates each event all day on its milestone date, a working day (Friday) in the .ics (#14)', () => {
    const spans = events.map((event) => {
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
      return [start.isDate, start.toString(), end.isDate, end.toString()];
    });
    expect(spans).toEqual([
      [true, '2026-01-02', true, '2026-01-03'],
      [true, '2026-01-23', true, '2026-01-24'],
      [true, '2026-02-06', true, '2026-02-07'],
      [true, '2026-02-06', true, '2026-02-07'],
      [true, '2026-02-27', true, '2026-02-28'],
      [true, '2026-02-27', true, '2026-02-28'],
    ]);
    expect(spans.map((span) => span[1])).toEqual(doc.milestones.map((m) => m.date));
  });

  it('marks each event with its group, and a phase gate with none (#13)', () => {
    expect(events.map((event) => event.getFirstPropertyValue('categories') ?? null)).toEqual([
      'El plan',
      'El plan',
      'El plan',
      null,
      'El plan',
      null,
    ]);
  });

  it('reads back each milestone’s title as SUMMARY and its description, separators kept', () => {
    expect(
      events.map((event) => [
        event.getFirstPropertyValue('summary'),
        event.getFirstPropertyValue('description'),
      ]),
    ).toEqual([
      ['Formación del equipo: «señor» Núñez', 'Formación del equipo: «señor» Núñez'],
      ['Datos depurados: ¿listos?', FORMULA_TITLE],
      ['Embudo acordado: etapas, criterios; «señales»', 'Definir el embudo de ventas, año 2026'],
      ['Fin de la fase «Análisis»', 'Fin de la fase «Análisis»'],
      ['Procesos «a futuro» aprobados', '¿Qué procesos cambian?'],
      ['Fin de la fase «Diagnóstico»', 'Fin de la fase «Diagnóstico»'],
    ]);
  });

  it('gives every event a unique uid made of the assessment id and the milestone’s uid', () => {
    const uids = events.map((event) => event.getFirstPropertyValue('uid'));
    expect(uids).toEqual([
      'acme-2026-item-formacion@crm-readiness',
      'acme-2026-item-datos@crm-readiness',
      'acme-2026-item-embudo@crm-readiness',
      'acme-2026-gate-analysis@crm-readiness',
      'acme-2026-item-procesos@crm-readiness',
      'acme-2026-gate-diagnosis@crm-readiness',
    ]);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it.each(['acme-2026', 'otra-evaluacion'])(
    'prefixes every uid with the assessment id %j',
    (assessmentId) => {
      const text = toMilestonesCalendar(doc, {
        calendarName: 'x',
        assessmentId,
        now,
        labels: LABELS,
      }).text;
      const parsed = new ICAL.Component(ICAL.parse(text) as unknown[]);
      for (const event of parsed.getAllSubcomponents('vevent')) {
        expect(String(event.getFirstPropertyValue('uid'))).toMatch(
          new RegExp(`^${assessmentId}-(item|gate)-`),
        );
      }
    },
  );

  it('names the calendar and stamps every event with the export moment', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Hoja de ruta CRM — Acme\\, S.L.');
    const stamps = events.map((event) => String(event.getFirstPropertyValue('dtstamp')));
    expect(new Set(stamps)).toEqual(new Set(['2026-01-15T08:45:30Z']));
  });

  it('adds KPI review and reassess reminders after the milestones, uids per assessment (#16)', () => {
    const reminders = buildReminderEvents({
      kpis: [{ id: 'tasa-adopcion', name: 'Tasa de adopción, «CRM»', frequency: 'quarterly' }],
      planStart: '2026-01-05',
      planWeeks: 52,
      labels: { review: 'Revisar KPI', reassess: 'Volver a evaluar' },
    });
    const withReminders = toMilestonesCalendar(doc, {
      calendarName: 'x',
      assessmentId: 'acme-2026',
      now,
      labels: LABELS,
      reminders,
    });
    const parsed = new ICAL.Component(ICAL.parse(withReminders.text) as unknown[]);
    const added = parsed.getAllSubcomponents('vevent').slice(doc.milestones.length);
    expect(withReminders.skipped).toEqual([]);
    expect(
      added.map((event) => [
        event.getFirstPropertyValue('uid'),
        event.getFirstPropertyValue('summary'),
        (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
        event.getFirstPropertyValue('categories'),
      ]),
    ).toEqual([
      [
        'acme-2026-review-tasa-adopcion-2026-04-05@crm-readiness',
        'Revisar KPI: Tasa de adopción, «CRM»',
        '2026-04-05',
        'Revisar KPI',
      ],
      [
        'acme-2026-review-tasa-adopcion-2026-07-05@crm-readiness',
        'Revisar KPI: Tasa de adopción, «CRM»',
        '2026-07-05',
        'Revisar KPI',
      ],
      [
        'acme-2026-review-tasa-adopcion-2026-10-05@crm-readiness',
        'Revisar KPI: Tasa de adopción, «CRM»',
        '2026-10-05',
        'Revisar KPI',
      ],
      ['acme-2026-reassess@crm-readiness', 'Volver a evaluar', '2026-07-05', 'Volver a evaluar'],
    ]);
  });

  it('writes a calendar without events for a plan without milestones', () => {
    const empty = toMilestonesCalendar(
      { ...doc, milestones: [] },
      { calendarName: 'x', assessmentId: 'a', now, labels: LABELS },
    );
    expect(empty.eventCount).toBe(0);
    expect(empty.text).not.toContain('BEGIN:VEVENT');
  });
});

describe('toPlanJson', () => {
  const now = new Date('2026-01-15T08:45:30.500Z');
  const text = toPlanJson(doc, {
    organization: 'Acme, S.L. «Año 1»',
    assessment: 'Evaluación ñ',
    now,
  });
  const parsed = JSON.parse(text) as Record<string, unknown>;

  it('parses back with what the file is, when it was made and for whom', () => {
    expect(parsed).toMatchObject({
      format: 'crm-readiness/roadmap',
      version: 1,
      exportedAt: '2026-01-15T08:45:30.500Z',
      organization: 'Acme, S.L. «Año 1»',
      assessment: 'Evaluación ñ',
    });
  });

  it('parses back to the same document: initiatives, KPIs, milestones and dates', () => {
    const { format, version, exportedAt, organization, assessment, ...rest } = parsed;
    expect([format, version, exportedAt, organization, assessment]).not.toContain(undefined);
    expect(rest).toEqual(doc);
    expect((rest['initiatives'] as { id: string }[]).map((i) => i.id)).toEqual([
      'datos',
      'formacion',
      'embudo',
      'procesos',
    ]);
  });

  it('is pretty-printed and ends with a line break', () => {
    expect(text.startsWith('{\n  "format": "crm-readiness/roadmap",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('the plan’s groups and go-lives in the files (#13)', () => {
  const library = [
    initiative('web', { phase: 'action', channel: 'internet', always: false, weeks: 2 }),
    initiative('later-work', {
      always: false,
      triggers: [{ question: 'q2', atOrBelow: 2 }],
    }),
  ];
  const built = applyRoadmapEdits(
    buildRoadmap(input(library, { answers: { q2: 1 }, channels: ['internet'] })),
    NO_ROADMAP_EDITS,
  );
  const planDoc = buildRoadmapDocument({
    roadmap: built,
    planStart: PLAN_START,
    initiatives: {},
    kpis: {},
    kpiSettings: {},
    phaseNames: { analysis: 'Análisis', diagnosis: 'Diagnóstico', action: 'Acción' },
    dimensionTitles: {},
    phaseGateTitle: (phase) => phase,
  });

  it('says in the CSV which initiatives are the plan, with their rank', () => {
    const rows = parseCsv(toInitiativesCsv(planDoc, LABELS, NAMES)).slice(1);
    // The analysis work first: the channel goes live once it has ended.
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['later-work', 'El plan', '1'],
      ['web', 'El plan', ''],
    ]);
  });

  it('tags a go-live event in the calendar', () => {
    const text = toMilestonesCalendar(planDoc, {
      calendarName: 'x',
      assessmentId: 'a',
      now: new Date('2026-01-01T00:00:00Z'),
      labels: LABELS,
    }).text;
    expect(text).toContain('CATEGORIES:El plan,Puesta en marcha');
  });
});
