/**
 * The plan workbook read back by readers nobody here wrote (#17): openpyxl checks each cell's type
 * (dates as dates, numbers as numbers, never a formula), the frozen header and the widths;
 * LibreOffice headless opens the files as an office suite would and shows what a user sees.
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanWorkbook, XLSX_MIME } from '~/adapters/xlsx/render-plan-workbook';
import { buildPlanWorkbook, type PlanWorkbookInput } from '~/domain/export/plan-workbook';
import { toCellText } from '~/domain/export/workbook-cell';
import type { Lang } from '~/i18n';
import { getWorkbookInput } from '../../domain/export/workbook-fixture';
import { SLOW_TEST_MS } from '../../slow-test';
import { hasReader, readWithLibreOffice, readWithOpenpyxl, type ReadSheet } from './readers';

/** Texts a spreadsheet could misread: formulas, separators, line ends, emoji, RTL, broken UTF-16. */
const HOSTILE = [
  '=1+1',
  '+SUM(A1:A2)',
  '-2+3',
  '@SUM(A1)',
  '=HYPERLINK("http://example.com","x")',
  '\t=1',
  'a,b;"c"\r\nd',
  '  spaces around  ',
  'Año ¿quién? ñ € ü ¡ya!',
  'go 😀 live 👩🏽‍💻',
  '\u200fשלום\u202e abc',
  'lone \ud83d half',
  'nul\u0000 and esc\u001b',
  '_x0041_ stays as typed',
  '<b>&amp;</b>',
  ...fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), {
    seed: 17,
    numRuns: 25,
  }),
];

/** The fixture's plan with a hostile text as every owner and every note. */
function getHostileInput(): PlanWorkbookInput {
  const input = getWorkbookInput('en');
  const at = (i: number) => HOSTILE[i % HOSTILE.length]!;
  const questions = input.dimensions.flatMap((d) => d.questions);
  const initiatives = input.roadmap.initiatives.map((i, n) => ({ ...i, owner: at(n) }));
  return {
    ...input,
    assessment: {
      ...input.assessment,
      notes: Object.fromEntries(questions.map((q, n) => [q.id, at(n)])),
    },
    roadmap: { ...input.roadmap, initiatives, goLives: [] },
  };
}

const readers = { openpyxl: hasReader('openpyxl'), soffice: hasReader('soffice') };
const folder = mkdtempSync(join(tmpdir(), 'xlsx-'));
const inputs = {
  en: getWorkbookInput('en'),
  es: getWorkbookInput('es'),
  hostile: getHostileInput(),
} as const;
type Name = keyof typeof inputs;
const files = {} as Record<Name, string>;

beforeAll(async () => {
  for (const name of Object.keys(inputs) as Name[]) {
    const input = inputs[name];
    const blob = await renderPlanWorkbook(buildPlanWorkbook(input), input.lang);
    expect(blob.type).toBe(XLSX_MIME);
    files[name] = join(folder, `${name}.xlsx`);
    writeFileSync(files[name], new Uint8Array(await blob.arrayBuffer()));
  }
}, SLOW_TEST_MS);

/** A sheet's cell values, header row first. */
const values = (sheet: ReadSheet) => sheet.rows.map((row) => row.map((c) => c.value));

describe.runIf(readers.openpyxl).each(['en', 'es'] as const)(
  'openpyxl reads the %s workbook',
  (lang: Lang) => {
    const input = inputs[lang];
    const book = buildPlanWorkbook(input);
    let sheets: ReadSheet[] = [];
    beforeAll(() => {
      sheets = readWithOpenpyxl(files[lang]);
    });
    const sheet = (i: number) => sheets[i]!;

    it('has the four sheets, named in the UI language, each with its header row frozen', () => {
      expect(sheets.map((s) => s.title)).toEqual(book.sheets.map((s) => s.name));
      expect(sheets.map((s) => s.freezePanes)).toEqual(['A2', 'A2', 'A2', 'A2']);
      sheets.forEach((s, i) => {
        expect(values(s)[0]).toEqual(book.sheets[i]!.columns.map((c) => c.header));
      });
    });

    it('holds no formula cell anywhere', () => {
      const types = new Set(sheets.flatMap((s) => s.rows.flat().map((c) => c.type)));
      expect(types.has('f')).toBe(false);
    });

    it('sizes the columns as the builder says', () => {
      sheets.forEach((s, i) => {
        expect(Object.values(s.widths)).toEqual(book.sheets[i]!.columns.map((c) => c.width));
      });
    });

    it('reads every initiative with real dates and numeric weeks, and every go-live', () => {
      const rows = sheet(0).rows.slice(1);
      const doc = input.roadmap;
      expect(rows).toHaveLength(doc.initiatives.length + doc.goLives.length);
      doc.initiatives.forEach((initiative, i) => {
        const row = rows[i]!;
        expect(row[2]!.value).toBe(initiative.title);
        expect(row[5]).toMatchObject({ isDate: true, value: initiative.startDate });
        expect(row[6]).toMatchObject({ isDate: true, value: initiative.endDate });
        expect(row[7]).toMatchObject({ type: 'n', value: initiative.weeks });
        expect(row[11]!.value).toBe(input.labels.plan.notStarted);
        expect(row[12]!.value).toBeNull();
      });
      expect(rows.slice(doc.initiatives.length).map((r) => r[5]!.value)).toEqual(
        doc.goLives.map((g) => g.date),
      );
    });

    it('reads every KPI with its figures', () => {
      const names = values(sheet(1))
        .slice(1)
        .map((row) => row[0]);
      expect(names).toEqual(input.roadmap.kpis.map((k) => k.name));
    });

    it('reads scores, targets, gaps and coverage as numbers', () => {
      const rows = sheet(2).rows.slice(1);
      expect(rows).toHaveLength(1 + input.score.dimensions.length + 3);
      for (const row of rows) {
        expect(row[2]).toMatchObject({ type: 'n' });
        expect(typeof row[2]!.value).toBe('number');
        expect(row[5]).toMatchObject({ type: 'n', format: '0%' });
      }
      expect(rows[1]![3]).toMatchObject({
        type: 'n',
        value: input.targets[input.score.dimensions[0]!.dimensionId],
      });
    });

    it('reads every question, its level as a number, and the notes with accents intact', () => {
      const rows = sheet(3).rows.slice(1);
      const questions = input.dimensions.flatMap((d) => d.questions);
      expect(rows.map((r) => r[2]!.value)).toEqual(questions.map((q) => q.prompt));
      const levels = rows.map((r) => r[4]!).filter((c) => c.value !== null);
      expect(levels.length).toBeGreaterThan(questions.length / 2);
      expect(levels.every((c) => c.type === 'n')).toBe(true);
      const notes = rows.map((r) => r[6]!.value).filter((v) => v !== null);
      expect(notes).toEqual(Object.values(input.assessment.notes));
      expect(String(notes[0])).toContain('Dirección comercial — año próximo, ¿quién?');
    });
  },
);

describe.runIf(readers.openpyxl)('openpyxl reads hostile text back as written', () => {
  it(
    'every owner and note is a text cell equal to its cleaned text, formulas included',
    () => {
      const [plan, , , answers] = readWithOpenpyxl(files.hostile);
      const input = inputs.hostile;
      const owners = plan!.rows.slice(1).map((r) => r[4]!);
      const expected = input.roadmap.initiatives.map((i) => toCellText(i.owner) || null);
      expect(owners.map((c) => c.value)).toEqual(expected);
      const notes = answers!.rows.slice(1).map((r) => r[6]!);
      const questions = input.dimensions.flatMap((d) => d.questions);
      const written = questions.map(
        (q) => toCellText(input.assessment.notes[q.id]!.trim()) || null,
      );
      expect(notes.map((c) => c.value)).toEqual(written);
      expect([...owners, ...notes].every((c) => c.value === null || c.type === 's')).toBe(true);
    },
    SLOW_TEST_MS,
  );
});

describe.runIf(readers.soffice)('LibreOffice opens the workbooks', () => {
  let shown = new Map<string, string[][]>();
  beforeAll(() => {
    shown = readWithLibreOffice([files.en, files.es, files.hostile]);
  }, 180_000);

  it.each(['en', 'es'] as const)('shows every sheet of the %s workbook with its rows', (lang) => {
    const input = inputs[lang];
    const [plan, kpis, scores, answers] = buildPlanWorkbook(input).sheets.map((s) =>
      shown.get(`${lang}-${s.name}`)!,
    );
    const doc = input.roadmap;
    expect(plan!.slice(1).map((r) => r[2])).toEqual([
      ...doc.initiatives.map((i) => i.title),
      ...doc.goLives.map((g) =>
        input.labels.plan.goLive.replace('{channel}', input.strings.channels[g.channel]),
      ),
    ]);
    expect(kpis!.slice(1).map((r) => r[0])).toEqual(doc.kpis.map((k) => k.name));
    expect(scores).toHaveLength(1 + 1 + input.score.dimensions.length + 3);
    expect(answers!.slice(1).map((r) => r[2])).toEqual(
      input.dimensions.flatMap((d) => d.questions.map((q) => q.prompt)),
    );
  });

  it.each([
    ['en', '2027-03-15', '86%'],
    ['es', '15/03/2027', '86%'],
  ] as const)(
    'shows %s dates in the language’s order and coverage as a percentage',
    (lang, start, coverage) => {
      const names = inputs[lang].labels.sheets;
      expect(shown.get(`${lang}-${names.plan}`)![1]![5]).toBe(start);
      expect(shown.get(`${lang}-${names.scores}`)![1]![5]).toBe(coverage);
    },
  );

  it('shows formula-looking text as typed, never its result', () => {
    const answers = shown.get(`hostile-${inputs.hostile.labels.sheets.answers}`)!;
    const notes = answers.slice(1).map((r) => r[6]);
    expect(notes).toContain('=1+1');
    expect(notes).toContain('+SUM(A1:A2)');
    expect(notes).toContain('@SUM(A1)');
    expect(notes).toContain('Año ¿quién? ñ € ü ¡ya!');
    expect(notes).toContain('_x0041_ stays as typed');
    expect(notes).not.toContain('2');
  });
});
