/** Fixed inputs for the export golden files: Spanish text, separators, quotes, formulas, emoji. */
import type { CsvCell } from '~/domain/export/csv';
import type { CalendarEvent } from '~/domain/export/icalendar';

/** The Spanish title every sample starts from. */
export const SPANISH_TITLE = 'Diagnóstico: ¿Está listo el equipo? Año 2027 — señal «ñ»';

/** A description over 75 octets with line breaks, commas, semicolons, a backslash and emoji. */
export const LONG_DESCRIPTION = [
  'Revisar con dirección financiera, ventas y servicio; acordar la fuente única de clientes.',
  'Ruta del informe: C:\\CRM\\diagnóstico — «borrador» 🚀👩‍💻 listo para el comité de junio.',
  '',
  'Última línea: ñandú, pingüino; café.',
].join('\n');

/** Column titles of the sample CSV. */
export const CSV_HEADER = ['Iniciativa', 'Fase', 'Semanas', 'Puntuación', 'Notas'] as const;

/** Rows of the sample CSV: every quoting and neutralising case, and a short row. */
export const CSV_ROWS: readonly (readonly CsvCell[])[] = [
  [SPANISH_TITLE, 'Fase 1', 6, 42.5, 'Comas, y; punto y coma'],
  ['=HYPERLINK("https://example.com/x","Haz clic")', 'Fase 2', -5, -0.25, 'Dijo "sí"\ny siguió'],
  ['+34 600 000 000', '-5', '@SUM(A1:A2)', null, undefined],
  ['\tTabulado', '\r\nRetorno', 'Emoji 🚀👩‍💻', 0, 1234567.891],
  ['Fila corta'],
];

/** Events of the sample calendar, two of them invalid (see `SAMPLE_SKIPPED`). */
export const CALENDAR_EVENTS: readonly CalendarEvent[] = [
  {
    uid: 'acme-diagnostico',
    summary: SPANISH_TITLE,
    description: LONG_DESCRIPTION,
    date: '2027-01-04',
    categories: ['Fase 1', 'Datos, calidad; gobierno'],
  },
  {
    uid: 'acme-cierre-anual',
    summary: 'Cierre del año: revisar KPI, "objetivos" y presupuesto',
    description: 'Incluye ventas; servicio, marketing.',
    date: '2027-12-31',
    categories: ['Fase 2'],
  },
  {
    uid: 'acme-bisiesto',
    summary: '=HYPERLINK("https://example.com") +34 600 -5 @SUM',
    date: '2028-02-28',
    endDate: '2028-03-01',
  },
  { uid: 'acme-no-existe', summary: '29 de febrero de 2027', date: '2027-02-29' },
  { uid: 'acme-diagnostico', summary: 'Repetido', date: '2027-05-01' },
];

/** What `buildICalendar` leaves out of `CALENDAR_EVENTS`. */
export const SAMPLE_SKIPPED = [
  { uid: 'acme-no-existe', reason: 'invalid-date' },
  { uid: 'acme-diagnostico', reason: 'duplicate-uid' },
] as const;

/** The calendar's name and the export moment. */
export const CALENDAR_OPTIONS = {
  calendarName: 'Hoja de ruta CRM — Acme, S.L.; 2027',
  now: new Date('2026-11-05T09:30:15.250Z'),
} as const;
