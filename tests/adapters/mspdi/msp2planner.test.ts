// The MS Project XML file read by GNOME Planner's MS Project import: the tasks, their nesting
// under the phases, durations and work, dependencies and milestones must survive the conversion.
import { describe, expect, it } from 'vitest';
import { HOURS_PER_WEEK, toMspdi, type MspdiOptions } from '~/domain/export/mspdi';
import { PHASE_IDS } from '~/domain/scoring/model';
import type { RoadmapDocument } from '~/domain/roadmap/roadmap-document';
import { getReportInput } from '../../domain/report/report-fixture';
import { planInitiative, SAMPLE_PLAN, TEXT_LABELS } from '../../domain/export/plan-sample';
import { SLOW_TEST_MS } from '../../slow-test';
import { hasPlannerImport, importIntoPlanner, type PlannerTask } from './planner';

const OPTIONS: MspdiOptions = {
  title: 'Plan CRM: Núñez & Hijos',
  company: 'Núñez & Hijos',
  calendarName: 'Estándar',
  now: new Date(2027, 2, 14, 10, 30),
  notes: TEXT_LABELS,
};

const ready = hasPlannerImport();

/** Every task of the tree, depth first. */
function flatten(tasks: readonly PlannerTask[]): PlannerTask[] {
  return tasks.flatMap((task) => [task, ...flatten(task.children)]);
}

describe.skipIf(!ready)(
  'MS Project XML read by Planner’s MS Project import (msp2planner.xsl)',
  () => {
    describe.each(['en', 'es'] as const)('a realistic plan (%s)', (lang) => {
      const doc: RoadmapDocument = getReportInput(lang).roadmap;
      const planner = importIntoPlanner(toMspdi(doc, OPTIONS));
      const all = flatten(planner.tasks);
      const phases = PHASE_IDS.filter((p) => doc.initiatives.some((i) => i.phase === p));

      it('keeps the project title and start', () => {
        expect(planner.project['name']).toBe('Plan CRM: Núñez & Hijos');
        expect(planner.project['project-start']).toBe(
          `${doc.planStart.replaceAll('-', '')}T080000Z`,
        );
      });

      it('has one task per initiative and go-live, nested under one summary per phase', () => {
        expect(doc.initiatives.length).toBeGreaterThan(5);
        expect(doc.goLives.length).toBeGreaterThan(0);
        expect(all).toHaveLength(phases.length + doc.initiatives.length + doc.goLives.length);
        expect(planner.tasks.map((t) => t.attributes['name'])).toEqual(
          phases.map((p) => doc.initiatives.find((i) => i.phase === p)!.phaseName),
        );
        for (const [index, phase] of phases.entries()) {
          const children = planner.tasks[index]!.children;
          const names = children
            .filter((t) => t.attributes['type'] === 'normal')
            .map((t) => t.attributes['name']);
          const titles = doc.initiatives.filter((i) => i.phase === phase).map((i) => i.title);
          expect([...names].sort()).toEqual([...titles].sort());
          expect(planner.tasks[index]!.children.every((t) => t.children.length === 0)).toBe(true);
        }
      });

      it('keeps every initiative’s duration (40 hours a plan week) and its owner’s work', () => {
        for (const initiative of doc.initiatives) {
          const task = all.find((t) => t.attributes['name'] === initiative.title)!;
          const seconds = (initiative.end - initiative.start) * HOURS_PER_WEEK * 3600;
          expect(Number(task.attributes['duration'])).toBe(seconds);
          expect(Number(task.attributes['work'])).toBe(initiative.owner.trim() ? seconds : 0);
          expect(task.attributes['type']).toBe('normal');
          expect(task.attributes['start']).toBe(
            `${initiative.startDate.replaceAll('-', '')}T080000Z`,
          );
        }
      });

      it('keeps every dependency as a finish-to-start predecessor', () => {
        const idOf = (title: string) =>
          all.find((t) => t.attributes['name'] === title)?.attributes['id'];
        let links = 0;
        for (const initiative of doc.initiatives) {
          const task = all.find((t) => t.attributes['name'] === initiative.title)!;
          const expected = initiative.dependsOn.map(idOf).filter((id) => id !== undefined);
          expect(task.predecessors.map((p) => p['predecessor-id']).sort()).toEqual(
            [...new Set(expected)].sort(),
          );
          expect(task.predecessors.every((p) => p['type'] === 'FS')).toBe(true);
          links += expected.length;
        }
        expect(links).toBeGreaterThan(3);
      });

      it('makes each go-live a zero-length milestone after its rollout', () => {
        const milestones = all.filter((t) => t.attributes['type'] === 'milestone');
        expect(milestones).toHaveLength(doc.goLives.length);
        for (const [i, goLive] of doc.goLives.entries()) {
          const rollout = doc.initiatives.find((x) => x.id === goLive.id)!;
          const rolloutId = all.find((t) => t.attributes['name'] === rollout.title)!.attributes[
            'id'
          ];
          const milestone = milestones.find(
            (m) => m.predecessors[0]?.['predecessor-id'] === rolloutId,
          );
          expect(milestone, `go-live ${i}`).toBeDefined();
          expect(milestone!.attributes['duration']).toBe('0');
          expect(milestone!.attributes['end']).toBe(`${goLive.date.replaceAll('-', '')}T170000Z`);
        }
      });

      it('makes each owner role a resource, allocated to its initiatives', () => {
        const owners = new Set(doc.initiatives.map((i) => i.owner.trim()).filter(Boolean));
        expect(planner.resources.map((r) => r['name']).sort()).toEqual([...owners].sort());
        const owned = doc.initiatives.filter((i) => i.owner.trim() !== '');
        expect(planner.allocations).toHaveLength(owned.length);
      });
    });

    it(
      'reads names with markup, quotes, emoji, RTL marks and bad characters as the XML-safe text',
      () => {
        const title = `<b>"Fase" & 'señal'</b> 🚀 \u200Fעברית =1+1 \u0007 \uD800`;
        const doc = { ...SAMPLE_PLAN, initiatives: [planInitiative('x', { title })], goLives: [] };
        const [phase] = importIntoPlanner(toMspdi(doc, OPTIONS)).tasks;
        expect(phase!.children[0]!.attributes['name']).toBe(
          `<b>"Fase" & 'señal'</b> 🚀 \u200Fעברית =1+1 \uFFFD \uFFFD`,
        );
      },
      SLOW_TEST_MS,
    );
  },
);
