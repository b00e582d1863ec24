import { describe, expect, it } from 'vitest';
import type { KpiFrequency } from '~/domain/assessment/assessment';
import {
  buildReminderEvents,
  getReviewDates,
  MAX_REVIEWS_PER_KPI,
} from '~/domain/follow/reminders';

describe('getReviewDates', () => {
  it.each<[KpiFrequency, number, string[]]>([
    ['quarterly', 26, ['2027-04-04', '2027-07-04']],
    ['monthly', 9, ['2027-02-04', '2027-03-04']],
    ['yearly', 52, []],
    ['yearly', 53, ['2028-01-04']],
    ['weekly', 0, []],
    ['weekly', -3, []],
  ])('a %s KPI over %i weeks is reviewed on %j', (frequency, weeks, expected) => {
    expect(getReviewDates('2027-01-04', frequency, weeks)).toEqual(expected);
  });

  it('stops at the most reviews one KPI adds', () => {
    expect(getReviewDates('2027-01-04', 'weekly', 500)).toHaveLength(MAX_REVIEWS_PER_KPI);
  });
});

describe('buildReminderEvents', () => {
  const labels = { review: 'Review', reassess: 'Reassess' };

  it('lists each KPI review, then the reassessment on the day set', () => {
    const events = buildReminderEvents({
      kpis: [{ id: 'win-rate', name: 'Win rate', frequency: 'monthly' }],
      planStart: '2027-01-04',
      planWeeks: 6,
      reassessOn: '2027-05-03',
      labels,
    });
    expect(events).toEqual([
      {
        uid: 'review-win-rate-2027-02-04',
        summary: 'Review: Win rate',
        date: '2027-02-04',
        categories: ['Review'],
      },
      { uid: 'reassess', summary: 'Reassess', date: '2027-05-03', categories: ['Reassess'] },
    ]);
  });

  it('reassesses six months after the start by default', () => {
    const events = buildReminderEvents({
      kpis: [],
      planStart: '2027-01-04',
      planWeeks: 52,
      labels,
    });
    expect(events).toEqual([
      { uid: 'reassess', summary: 'Reassess', date: '2027-07-04', categories: ['Reassess'] },
    ]);
  });
});
