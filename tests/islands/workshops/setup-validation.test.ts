import { describe, expect, it } from 'vitest';
import { en } from '~/i18n/en';
import {
  findSetupErrors,
  getFirstInvalidId,
  isDay,
  isValidSetup,
  type SetupRow,
} from '~/islands/workshops/setup-validation';

const s = en.workshop;
const row = (key: number, name: string): SetupRow => ({ key, name, role: 'executive' });

describe('isDay', () => {
  it.each([
    ['2026-11-20', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['20/11/2026', false],
    ['', false],
  ])('%j is a day: %s', (value, day) => {
    expect(isDay(value)).toBe(day);
  });
});

describe('findSetupErrors', () => {
  it('accepts an organization, a day and named participants', () => {
    const errors = findSetupErrors(
      { organization: 'Acme', date: '2026-11-20' },
      [row(1, 'Ana')],
      s,
    );
    expect(isValidSetup(errors)).toBe(true);
  });

  it('names each missing field, and each unnamed row by its key', () => {
    const errors = findSetupErrors(
      { organization: ' ', date: '' },
      [row(1, 'Ana'), row(7, ' ')],
      s,
    );
    expect(errors).toEqual({
      organization: s.organizationRequired,
      date: s.dateRequired,
      rows: { 7: s.nameRequired },
    });
    expect(isValidSetup(errors)).toBe(false);
  });

  it('asks for at least one participant', () => {
    const errors = findSetupErrors({ organization: 'Acme', date: '2026-11-20' }, [], s);
    expect(errors.participants).toBe(s.participantsRequired);
    expect(isValidSetup(errors)).toBe(false);
  });
});

describe('getFirstInvalidId', () => {
  const rows = [row(3, 'Ana'), row(5, ''), row(8, '')];
  it.each([
    [{ organization: 'x', date: 'x', rows: { 5: 'x' } }, 'setup-organization'],
    [{ date: 'x', rows: { 5: 'x' } }, 'setup-date'],
    [{ rows: { 8: 'x', 5: 'x' } }, 'participant-5-name'],
    [{ participants: 'x', rows: {} }, 'add-participant'],
    [{ rows: {} }, null],
  ])('focuses the first field in form order: %j → %s', (errors, id) => {
    expect(getFirstInvalidId(errors, rows)).toBe(id);
  });
});
