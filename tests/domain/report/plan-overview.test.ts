// The report's roadmap opens with the plan as a team reads it (#13): the plan, the first 100 days
// with the first go-live, and the later work, in both languages; the Gantt carries the go-lives.
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '~/domain/report/build-report-document';
import type { ReportInput } from '~/domain/report/build-report-document';
import { getPlanViews } from '~/domain/roadmap/plan-views';
import { getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';
import { getReportInput } from './report-fixture';
import { afterHeading, blocksOf, section } from './report-queries';

function roadmapOf(input: ReportInput) {
  return section(buildReportDocument(input), 'roadmap');
}

describe.each<Lang>(['en', 'es'])('the plan overview in the report (%s)', (lang) => {
  const input = getReportInput(lang);
  const t = getStrings(lang).report;
  const roadmap = roadmapOf(input);
  const views = getPlanViews(input.roadmap);
  const headings = roadmap.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

  it('has the plan, the first 100 days and the later work, in that order, before the timeline', () => {
    const at = (text: string) => headings.indexOf(text);
    expect(at(t.planHeading)).toBeGreaterThan(0);
    expect(at(t.firstDaysHeading)).toBeGreaterThan(at(t.planHeading));
    expect(at(t.laterHeading)).toBeGreaterThan(at(t.firstDaysHeading));
    const gantt = roadmap.blocks.findIndex((b) => b.kind === 'gantt');
    expect(gantt).toBeGreaterThan(afterHeading(roadmap, t.laterHeading));
  });

  it('ranks the focus in a table, and says how many more the first go-live needs', () => {
    const [focus] = blocksOf(roadmap, 'table');
    expect(focus?.rows.map((r) => r[1])).toEqual(views.focus.map((i) => i.title));
    expect(focus?.rows[0]?.[0]).toBe('1');
    expect(views.needed.length).toBeGreaterThan(0);
    const needed = String(views.needed.length);
    expect(roadmap.blocks).toContainEqual({
      kind: 'paragraph',
      text: format(t.planNeeded, { count: needed }),
    });
  });

  it('lists the first 100 days by week and names the first go-live with its week', () => {
    const table = roadmap.blocks[afterHeading(roadmap, t.firstDaysHeading) + 1];
    expect(table).toMatchObject({ kind: 'table' });
    expect(table?.kind === 'table' && table.rows.map((r) => r[1])).toEqual(
      views.firstDays.map((i) => i.title),
    );
    const live = views.firstGoLive!;
    const channel = getStrings(lang).roadmap.channels[live.channel];
    const goLive = roadmap.blocks[afterHeading(roadmap, t.firstDaysHeading) + 2];
    expect(goLive?.kind === 'paragraph' && goLive.text).toContain(channel);
    expect(goLive?.kind === 'paragraph' && goLive.text).toContain(String(live.week));
  });

  it('lists the later work with the week it starts', () => {
    const [later] = blocksOf(roadmap, 'bullets');
    expect(later?.items).toHaveLength(views.later.length);
    expect(later?.items[0]).toContain(views.later[0]!.title);
  });

  it('marks each go-live on the Gantt with the channel and its week', () => {
    const [gantt] = blocksOf(roadmap, 'gantt');
    expect(gantt?.goLives?.map((g) => g.week)).toEqual(input.roadmap.goLives.map((g) => g.week));
    const first = input.roadmap.goLives[0]!;
    expect(gantt?.goLives?.[0]?.label).toBe(
      format(t.goLiveMarker, {
        channel: getStrings(lang).roadmap.channels[first.channel],
        week: first.week,
      }),
    );
  });
});

describe('the plan overview of a plan with little in it', () => {
  const input = getReportInput('en');
  const t = getStrings('en').report;
  const doc = input.roadmap;

  it('says nothing is left for later, and that no channel goes live, without empty tables', () => {
    const plan = doc.initiatives
      .filter((i) => i.channel === null)
      .map((i) => ({ ...i, group: 'plan' as const, focusRank: null, start: 200 }));
    const roadmap = roadmapOf({ ...input, roadmap: { ...doc, initiatives: plan, goLives: [] } });
    expect(blocksOf(roadmap, 'table').every((b) => b.caption !== undefined)).toBe(true);
    expect(roadmap.blocks).toContainEqual({ kind: 'paragraph', text: t.noLater, tone: 'muted' });
    expect(roadmap.blocks).toContainEqual({ kind: 'paragraph', text: t.noGoLive, tone: 'lead' });
    const at = afterHeading(roadmap, t.planHeading);
    expect(roadmap.blocks[at + 1]).toMatchObject({ kind: 'paragraph' });
    expect(roadmap.blocks[afterHeading(roadmap, t.firstDaysHeading) + 1]).toMatchObject({
      kind: 'paragraph',
      text: t.noGoLive,
    });
  });

  it('says nothing more is needed when every initiative is later', () => {
    const later = doc.initiatives.map((i) => ({ ...i, group: 'later' as const, focusRank: null }));
    const roadmap = roadmapOf({ ...input, roadmap: { ...doc, initiatives: later } });
    const texts = roadmap.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts.some((text) => text.startsWith(t.planNeeded.split('{')[0]!))).toBe(false);
  });

  it('shows a dash for an initiative with no owner, in the plan and in the first 100 days', () => {
    const unowned = doc.initiatives.map((i) => ({ ...i, owner: '' }));
    const roadmap = roadmapOf({ ...input, roadmap: { ...doc, initiatives: unowned } });
    const [focus] = blocksOf(roadmap, 'table');
    const firstDays = roadmap.blocks[afterHeading(roadmap, t.firstDaysHeading) + 1];
    expect(focus?.rows[0]?.[2]).toBe('—');
    expect(firstDays?.kind === 'table' && firstDays.rows[0]?.[2]).toBe('—');
  });
});
