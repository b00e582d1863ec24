import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '~/domain/export/csv';
import { ISSUES_HEADER, toIssuesCsv } from '~/domain/export/issues-csv';
import { getJiraHeader, toJiraCsv, type JiraCsvOptions } from '~/domain/export/jira-csv';
import { describeInitiative, getInitiativeLabels } from '~/domain/export/plan-text';
import { SLOW_TEST_MS } from '../../slow-test';
import { LABEL_WORDS, planInitiative, SAMPLE_PLAN, TEXT_LABELS } from './plan-sample';

const JIRA: JiraCsvOptions = {
  epics: 'phase',
  text: TEXT_LABELS,
  labels: LABEL_WORDS,
  milestoneSummary: 'Milestone: {milestone}',
};

/** Parses a CSV as csv-parse would read a file: BOM stripped, one array per record. */
function read(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const records: string[][] = parse(text, { bom: true, relax_column_count: false });
  return records;
}

/** A Jira CSV as objects keyed by header, the Labels columns gathered into `labels`, space-separated. */
function readJira(text: string): Record<string, string>[] {
  const [header, ...rows] = read(text);
  return rows.map((row) => {
    const labels = row.filter((_, i) => header![i] === 'Labels' && row[i] !== '');
    const pairs = header!
      .map((name, i) => [name, row[i]!] as const)
      .filter(([n]) => n !== 'Labels');
    return { ...Object.fromEntries(pairs), labels: labels.join(' ') };
  });
}

describe('toJiraCsv', () => {
  it('has the columns the Jira importer maps, with as many Labels columns as needed', () => {
    const [header] = read(toJiraCsv(SAMPLE_PLAN, JIRA));
    expect(header).toEqual([
      'Issue ID',
      'Parent',
      'Issue Type',
      'Summary',
      'Description',
      'Labels',
      'Labels',
      'Labels',
      'Labels',
      'Start date',
      'Due date',
      'Status',
    ]);
    expect(getJiraHeader(1).filter((h) => h === 'Labels')).toHaveLength(1);
  });

  it('with one epic per phase: epics first, a task per initiative under its phase', () => {
    const rows = readJira(toJiraCsv(SAMPLE_PLAN, JIRA));
    expect(rows.map((r) => [r['Issue ID'], r['Parent'], r['Issue Type'], r['Summary']])).toEqual([
      ['1', '', 'Epic', 'Análisis'],
      ['2', '', 'Epic', 'Actuación'],
      ['3', '1', 'Task', 'Reunión de lanzamiento'],
      ['4', '1', 'Task', '\'=Rediseñar procesos; «ventas», "servicio"'],
      ['5', '1', 'Task', 'Formación de usuarios'],
      ['6', '2', 'Task', 'Puesta en marcha: fuerza de ventas'],
    ]);
    expect(rows[0]).toMatchObject({ 'Start date': '2027-01-04', 'Due date': '2027-02-05' });
    expect(rows[0]!['labels']).toBe('crm-plan analisis');
    expect(rows[4]!['labels']).toBe('crm-plan analisis gestion-del-cambio change-management');
    expect(rows[5]).toMatchObject({
      'Start date': '2027-02-08',
      'Due date': '2027-02-26',
      Status: '',
    });
  });

  it('with one epic per initiative: its milestone as a task under it', () => {
    const rows = readJira(toJiraCsv(SAMPLE_PLAN, { ...JIRA, epics: 'initiative' }));
    expect(rows.map((r) => [r['Issue ID'], r['Parent'], r['Issue Type'], r['Summary']])).toEqual([
      ['1', '', 'Epic', 'Reunión de lanzamiento'],
      ['2', '', 'Epic', '\'=Rediseñar procesos; «ventas», "servicio"'],
      ['3', '', 'Epic', 'Formación de usuarios'],
      ['4', '', 'Epic', 'Puesta en marcha: fuerza de ventas'],
      ['5', '1', 'Task', 'Milestone: Equipo y roles acordados'],
      ['6', '4', 'Task', 'Milestone: Fuerza de ventas en operación'],
    ]);
    expect(rows[5]).toMatchObject({ 'Start date': '2027-02-26', 'Due date': '2027-02-26' });
    expect(rows[3]!['Description']).toContain('KPIs: Tasa de conversión; Adopción del CRM');
  });

  it.each(['phase', 'initiative'] as const)(
    'every Parent (%s epics) names an Issue ID of an earlier row',
    (epics) => {
      const rows = readJira(toJiraCsv(SAMPLE_PLAN, { ...JIRA, epics }));
      rows.forEach((row, i) => {
        if (row['Parent'] === '') return;
        const parent = rows.findIndex((r) => r['Issue ID'] === row['Parent']);
        expect(parent).toBeGreaterThanOrEqual(0);
        expect(parent).toBeLessThan(i);
        expect(rows[parent]!['Issue Type']).toBe('Epic');
      });
    },
  );

  it('writes only the header for an empty plan', () => {
    expect(read(toJiraCsv({ ...SAMPLE_PLAN, initiatives: [] }, JIRA))).toHaveLength(1);
  });

  it(
    'round-trips any title and description through csv-parse, formulas neutralised, labels one word',
    () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.string(),
          fc.constantFrom('phase', 'initiative' as const),
          (title, description, area, epics) => {
            const initiative = planInitiative('x', { title, description, area, milestone: title });
            const plan = { ...SAMPLE_PLAN, initiatives: [initiative] };
            const rows = readJira(toJiraCsv(plan, { ...JIRA, epics }));
            const row = rows.find((r) => r['Issue ID'] === (epics === 'phase' ? '2' : '1'))!;
            expect(row['Summary']).toBe(neutraliseFormula(title));
            expect(row['Description']).toBe(
              neutraliseFormula(describeInitiative(initiative, TEXT_LABELS)),
            );
            for (const r of rows) expect(r['labels']).toMatch(/^[a-z0-9-]+( [a-z0-9-]+)*$/);
          },
        ),
        { numRuns: 200 },
      );
    },
    SLOW_TEST_MS,
  );
});

describe('toIssuesCsv', () => {
  it('has title and description first, as GitLab requires, then due date and labels', () => {
    const [header, ...rows] = read(
      toIssuesCsv(SAMPLE_PLAN, { text: TEXT_LABELS, labels: LABEL_WORDS }),
    );
    expect(header).toEqual([...ISSUES_HEADER]);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual([
      'Puesta en marcha: fuerza de ventas',
      describeInitiative(SAMPLE_PLAN.initiatives[3]!, TEXT_LABELS),
      '2027-02-26',
      'crm-plan,actuacion,tecnologia',
      '2027-02-08',
      '',
    ]);
  });

  it(
    'round-trips any title, formulas neutralised',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (title) => {
          const plan = { ...SAMPLE_PLAN, initiatives: [planInitiative('x', { title })] };
          const [, row] = read(toIssuesCsv(plan, { text: TEXT_LABELS, labels: LABEL_WORDS }));
          expect(row![0]).toBe(neutraliseFormula(title));
          expect(row).toHaveLength(ISSUES_HEADER.length);
        }),
        { numRuns: 200 },
      );
    },
    SLOW_TEST_MS,
  );
});

describe('plan text', () => {
  it('leaves out empty facts and an empty description', () => {
    const bare = planInitiative('x', { description: '  ', owner: '' });
    expect(describeInitiative(bare, TEXT_LABELS)).toBe(
      'Planned: 2027-01-04 to 2027-01-15 (2 weeks)\nStatus: Not started',
    );
  });

  it('drops labels with no letter or digit and repeats none', () => {
    const initiative = planInitiative('x', { phaseName: '¿¡!?', area: 'CRM Plan' });
    expect(getInitiativeLabels(initiative, LABEL_WORDS)).toEqual(['crm-plan']);
  });
});
