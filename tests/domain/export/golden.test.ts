// Golden files: fixed inputs compared byte for byte (BOM and CRLF included) with committed files.
// After an intended change to the output, run `UPDATE_GOLDEN=1 npx vitest run
// tests/domain/export/golden.test.ts`, read the diff of tests/fixtures/export/ and commit it.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '~/domain/export/csv';
import { buildICalendar } from '~/domain/export/icalendar';
import { CALENDAR_EVENTS, CALENDAR_OPTIONS, CSV_HEADER, CSV_ROWS, SAMPLE_SKIPPED } from './samples';

const FIXTURES = new URL('../../fixtures/export/', import.meta.url);

/** Compares text with a golden file as UTF-8 bytes, or rewrites the file under UPDATE_GOLDEN=1. */
function expectGolden(name: string, text: string): void {
  const file = new URL(name, FIXTURES);
  const bytes = Buffer.from(text, 'utf8');
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, bytes);
  const golden = readFileSync(file);
  // The string comparison gives a readable diff; the byte comparison is the real check.
  expect(text).toBe(golden.toString('utf8'));
  expect(bytes.equals(golden)).toBe(true);
}

describe('golden export files', () => {
  it.each([
    ['roadmap-comma.csv', ','],
    ['roadmap-semicolon.csv', ';'],
  ] as const)('%s matches toCsv byte for byte', (name, separator) => {
    expectGolden(name, toCsv(CSV_HEADER, CSV_ROWS, { separator }));
  });

  it('roadmap.ics matches buildICalendar byte for byte', () => {
    const build = buildICalendar(CALENDAR_EVENTS, CALENDAR_OPTIONS);
    expect(build.skipped).toEqual(SAMPLE_SKIPPED);
    expect(build.eventCount).toBe(3);
    expectGolden('roadmap.ics', build.text);
  });

  it.each(['roadmap-comma.csv', 'roadmap-semicolon.csv', 'roadmap.ics'])(
    '%s has CRLF line ends only (no bare LF outside quoted CSV cells)',
    (name) => {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      // The one bare LF allowed is the line break inside the quoted CSV cell "Dijo ""sí""\ny…".
      const bareLineFeeds = text.match(/(?<!\r)\n/g) ?? [];
      expect(bareLineFeeds).toHaveLength(name.endsWith('.csv') ? 1 : 0);
    },
  );
});
