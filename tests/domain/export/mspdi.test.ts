import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstWorkingDay,
  toMspdi,
  toMspdiDuration,
  type MspdiOptions,
} from '~/domain/export/mspdi';
import { toXmlSafe } from '~/domain/export/xml-text';
import { SLOW_TEST_MS } from '../../slow-test';
import { planInitiative, SAMPLE_PLAN, TEXT_LABELS } from './plan-sample';

const OPTIONS: MspdiOptions = {
  title: 'Plan CRM: Acme & «Hijos»',
  company: 'Acme',
  calendarName: 'Estándar',
  now: new Date(2027, 0, 2, 9, 5, 7),
  notes: TEXT_LABELS,
};

/** The MSPDI Task children in the order mspdi_pj12.xsd requires (those this builder writes). */
const TASK_ORDER = [
  'UID',
  'ID',
  'Name',
  'Type',
  'IsNull',
  'WBS',
  'OutlineNumber',
  'OutlineLevel',
  'Start',
  'Finish',
  'Duration',
  'DurationFormat',
  'Work',
  'Estimated',
  'Milestone',
  'Summary',
  'PercentComplete',
  'ConstraintType',
  'CalendarUID',
  'ConstraintDate',
  'Notes',
  'PredecessorLink',
];

/** Reverses escapeXml's five entities. */
function unescape(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** Each Task element as a map of its simple children (text unescaped) and its predecessors. */
function readTasks(xml: string) {
  return [...xml.matchAll(/<Task>([\s\S]*?)<\/Task>/g)].map(([, body]) => {
    const inner = body!.replace(/<PredecessorLink>[\s\S]*?<\/PredecessorLink>/g, '');
    const fields = Object.fromEntries(
      [...inner.matchAll(/<(\w+)>([^<]*)<\/\1>/g)].map(([, name, value]) => [
        name!,
        unescape(value!),
      ]),
    );
    const order = [
      ...body!
        .replace(
          /<PredecessorLink>[\s\S]*?<\/PredecessorLink>/g,
          '<PredecessorLink></PredecessorLink>',
        )
        .matchAll(/<(\w+)>/g),
    ].map(([, name]) => name!);
    const predecessors = [
      ...body!.matchAll(/<PredecessorUID>(\d+)<\/PredecessorUID><Type>(\d)<\/Type>/g),
    ].map(([, uid, type]) => ({ uid: Number(uid), type: Number(type) }));
    return { fields, order, predecessors };
  });
}

describe('toMspdi', () => {
  const xml = toMspdi(SAMPLE_PLAN, OPTIONS);
  const tasks = readTasks(xml);
  const byName = (name: string) => tasks.find((t) => t.fields['Name'] === name)!;

  it('declares the Project namespace and the project title, start and calendar', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')).toBe(true);
    expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    expect(xml).toContain('<Title>Plan CRM: Acme &amp; «Hijos»</Title>');
    expect(xml).toContain('<StartDate>2027-01-04T08:00:00</StartDate>');
    expect(xml).toContain('<FinishDate>2027-02-26T17:00:00</FinishDate>');
    expect(xml).toContain('<CreationDate>2027-01-02T09:05:07</CreationDate>');
    expect(xml).toContain('<CalendarUID>1</CalendarUID>');
    const flat = xml.replaceAll('\n', '');
    expect(flat).toContain('<Name>Estándar</Name><IsBaseCalendar>1</IsBaseCalendar>');
    expect(flat).toContain(
      '<MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>',
    );
  });

  it('works Monday to Friday, 8 hours a day', () => {
    const days = [
      ...xml.matchAll(/<WeekDay><DayType>(\d)<\/DayType><DayWorking>(\d)<\/DayWorking>/g),
    ];
    expect(days.map(([, day, working]) => `${day}:${working}`)).toEqual([
      '1:0',
      '2:1',
      '3:1',
      '4:1',
      '5:1',
      '6:1',
      '7:0',
    ]);
    expect(xml.match(/<FromTime>08:00:00<\/FromTime><ToTime>12:00:00<\/ToTime>/g)).toHaveLength(5);
    expect(xml.match(/<FromTime>13:00:00<\/FromTime><ToTime>17:00:00<\/ToTime>/g)).toHaveLength(5);
  });

  it('writes every Task child in the order the schema requires', () => {
    for (const task of tasks) {
      const positions = task.order.map((name) => TASK_ORDER.indexOf(name));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('groups the initiatives under one summary task per phase, in phase order', () => {
    expect(
      tasks.map((t) => [t.fields['OutlineNumber'], t.fields['Name'], t.fields['Summary']]),
    ).toEqual([
      ['1', 'Análisis', '1'],
      ['1.1', 'Reunión de lanzamiento', '0'],
      ['1.2', 'Formación de usuarios', '0'],
      ['1.3', '=Rediseñar procesos; «ventas», "servicio"', '0'],
      ['2', 'Actuación', '1'],
      ['2.1', 'Puesta en marcha: fuerza de ventas', '0'],
      ['2.2', 'Fuerza de ventas en operación', '0'],
    ]);
    expect(tasks.map((t) => t.fields['OutlineLevel'])).toEqual(['1', '2', '2', '2', '1', '2', '2']);
    expect(tasks.map((t) => t.fields['UID'])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it.each([
    ['Análisis', '2027-01-04T08:00:00', '2027-02-05T17:00:00', 'PT200H0M0S', 'PT200H0M0S'],
    [
      'Reunión de lanzamiento',
      '2027-01-04T08:00:00',
      '2027-01-15T17:00:00',
      'PT80H0M0S',
      'PT80H0M0S',
    ],
    [
      'Formación de usuarios',
      '2027-01-11T08:00:00',
      '2027-01-22T17:00:00',
      'PT80H0M0S',
      'PT0H0M0S',
    ],
    ['Actuación', '2027-02-08T08:00:00', '2027-02-26T17:00:00', 'PT120H0M0S', 'PT120H0M0S'],
    [
      'Fuerza de ventas en operación',
      '2027-02-26T17:00:00',
      '2027-02-26T17:00:00',
      'PT0H0M0S',
      'PT0H0M0S',
    ],
  ])(
    '%s runs from %s to %s, %s of duration and %s of work',
    (name, start, finish, duration, work) => {
      const task = byName(name);
      expect(task.fields).toMatchObject({
        Start: start,
        Finish: finish,
        Duration: duration,
        Work: work,
      });
      expect(task.fields['DurationFormat']).toBe('9');
      expect(task.fields['PercentComplete']).toBe('0');
    },
  );

  it('keeps each initiative from starting earlier than planned, and leaves summaries free', () => {
    expect(byName('Formación de usuarios').fields).toMatchObject({
      ConstraintType: '4',
      ConstraintDate: '2027-01-11T08:00:00',
    });
    expect(byName('Análisis').fields['ConstraintType']).toBe('0');
    expect(byName('Análisis').fields['ConstraintDate']).toBeUndefined();
  });

  it('links dependencies finish-to-start by UID and skips one that is not in the plan', () => {
    expect(byName('=Rediseñar procesos; «ventas», "servicio"').predecessors).toEqual([
      { uid: 2, type: 1 },
    ]);
    expect(byName('Puesta en marcha: fuerza de ventas').predecessors).toEqual([
      { uid: 4, type: 1 },
    ]);
    expect(byName('Reunión de lanzamiento').predecessors).toEqual([]);
  });

  it('marks the go-live as a zero-length milestone after its rollout', () => {
    const goLive = byName('Fuerza de ventas en operación');
    expect(goLive.fields['Milestone']).toBe('1');
    expect(goLive.predecessors).toEqual([{ uid: 6, type: 1 }]);
    expect(tasks.filter((t) => t.fields['Milestone'] === '1')).toHaveLength(1);
  });

  it('puts the notes in the page language, status "not started"', () => {
    expect(byName('=Rediseñar procesos; «ventas», "servicio"').fields['Notes']).toBe(
      [
        'Línea 1',
        'Línea 2, con coma',
        '',
        'Owner: Responsable de procesos',
        'Planned: 2027-01-18 to 2027-02-05 (3 weeks)',
        'After: Reunión de lanzamiento',
        'Status: Not started',
      ].join('\n'),
    );
  });

  it('makes each owner role one resource, assigned full time to its initiatives', () => {
    const resources = [
      ...xml.matchAll(
        /<Resource><UID>(\d+)<\/UID><ID>\d+<\/ID><Name>([^<]*)<\/Name><Type>1<\/Type>/g,
      ),
    ];
    expect(resources.map(([, uid, name]) => `${uid}:${name}`)).toEqual([
      '1:Dirección comercial',
      '2:Responsable de procesos',
    ]);
    const assignments = [
      ...xml.matchAll(
        /<Assignment><UID>\d+<\/UID><TaskUID>(\d+)<\/TaskUID><ResourceUID>(\d+)<\/ResourceUID>/g,
      ),
    ];
    expect(assignments.map(([, task, resource]) => `${task}:${resource}`)).toEqual([
      '2:1',
      '4:2',
      '6:1',
    ]);
    expect(xml).toContain('<Units>1</Units><Work>PT120H0M0S</Work></Assignment>');
  });

  it('writes a valid empty project for a plan with no initiatives', () => {
    const empty = toMspdi(
      { ...SAMPLE_PLAN, initiatives: [], goLives: [], milestones: [] },
      OPTIONS,
    );
    expect(empty).toContain('<Tasks>\n</Tasks>');
    expect(empty).toContain('<Resources>\n</Resources>');
  });

  it('names a go-live by its rollout when the milestone has no marker', () => {
    const plan = { ...SAMPLE_PLAN, milestones: [] };
    expect(readTasks(toMspdi(plan, OPTIONS)).at(-1)!.fields['Name']).toBe(
      'Puesta en marcha: fuerza de ventas',
    );
  });

  it('skips a go-live whose rollout is not in the plan', () => {
    const plan = { ...SAMPLE_PLAN, goLives: [{ ...SAMPLE_PLAN.goLives[0]!, id: 'gone' }] };
    expect(readTasks(toMspdi(plan, OPTIONS)).some((t) => t.fields['Milestone'] === '1')).toBe(
      false,
    );
  });

  it('links a dependency on a repeated title to the first initiative with it', () => {
    const a = planInitiative('a', { title: 'A' });
    const twin = planInitiative('twin', { title: 'A', start: 1, end: 3 });
    const b = planInitiative('b', { title: 'B', start: 3, end: 5, dependsOn: ['A'] });
    const plan = { ...SAMPLE_PLAN, initiatives: [a, twin, b], goLives: [], milestones: [] };
    expect(readTasks(toMspdi(plan, OPTIONS))[3]!.predecessors).toEqual([{ uid: 2, type: 1 }]);
  });

  it('links a dependency once, and never a task to itself', () => {
    const a = planInitiative('a', { title: 'A' });
    const b = planInitiative('b', { title: 'B', dependsOn: ['A', 'A', 'B'] });
    const plan = { ...SAMPLE_PLAN, initiatives: [a, b], goLives: [], milestones: [] };
    expect(readTasks(toMspdi(plan, OPTIONS))[2]!.predecessors).toEqual([{ uid: 2, type: 1 }]);
  });

  it(
    'reads back any name as its XML-safe text, with nothing unescaped',
    () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          (title, owner) => {
            const plan = {
              ...SAMPLE_PLAN,
              initiatives: [planInitiative('x', { title, owner })],
              goLives: [],
            };
            const out = toMspdi(plan, OPTIONS);
            const name = /<ID>2<\/ID><Name>([^<]*)<\/Name>/.exec(out.replace(/\n/g, ''));
            const body = out.split('<Tasks>')[1]!;
            expect(body.replace(/<\/?\w+>/g, '')).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
            expect(out).toContain(`<Name>${owner === '' ? 'Análisis' : ''}`);
            expect(name).not.toBeNull();
            expect(readTasks(out)[1]!.fields['Name']).toBe(toXmlSafe(title));
          },
        ),
        { numRuns: 200 },
      );
    },
    SLOW_TEST_MS,
  );
});

describe('toMspdiDuration and firstWorkingDay', () => {
  it.each([
    [0, 'PT0H0M0S'],
    [40, 'PT40H0M0S'],
    [2080, 'PT2080H0M0S'],
  ])('%i hours is %s', (hours, text) => {
    expect(toMspdiDuration(hours)).toBe(text);
  });

  it.each([
    ['2027-01-02', '2027-01-04'], // Saturday → Monday
    ['2027-01-03', '2027-01-04'], // Sunday → Monday
    ['2027-01-06', '2027-01-06'], // Wednesday stays
  ])('the first working day from %s is %s', (day, expected) => {
    expect(firstWorkingDay(day)).toBe(expected);
  });

  it('starts a project planned on a Saturday on the Monday', () => {
    const plan = { ...SAMPLE_PLAN, planStart: '2027-01-02' };
    expect(toMspdi(plan, OPTIONS)).toContain('<StartDate>2027-01-04T08:00:00</StartDate>');
  });
});
