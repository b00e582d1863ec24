/**
 * Reading an .xlsx back with readers nobody here wrote: openpyxl (Debian's python3-openpyxl) for
 * each cell's type, value and format, and LibreOffice headless for what an office suite opens.
 * When a reader is missing, the checks that need it are skipped with a loud warning — except under
 * CI=true, where that fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Debian's Python, which has openpyxl; the `python3` on PATH may be another one without it. */
const PYTHON = '/usr/bin/python3';

const INSTALL = {
  openpyxl: 'apt-get install -y python3-openpyxl',
  soffice: 'apt-get install -y libreoffice-calc-nogui',
} as const;

/** Whether a reader can be run here; under CI=true a missing reader throws instead. */
export function hasReader(reader: keyof typeof INSTALL): boolean {
  const probe =
    reader === 'openpyxl'
      ? spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' })
      : spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (probe.error === undefined && probe.status === 0) return true;
  const message = `${reader} is missing: install it with "${INSTALL[reader]}".`;
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`\n*** SKIPPING XLSX CHECKS: ${message} ***\n`);
  return false;
}

/** One cell as openpyxl reads it: data type (`s`, `n`, `d`, `f`…), date flag, number format, value. */
export interface ReadCell {
  readonly type: string;
  readonly isDate: boolean;
  readonly format: string;
  /** Text, number, `yyyy-mm-dd` for a date, or null for an empty cell. */
  readonly value: string | number | null;
}

/** One sheet as openpyxl reads it. */
export interface ReadSheet {
  readonly title: string;
  readonly freezePanes: string | null;
  /** Column widths by letter, as written. */
  readonly widths: Readonly<Record<string, number>>;
  readonly rows: readonly (readonly ReadCell[])[];
}

const DUMP = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def cell(c):
    v = c.value
    if c.is_date and v is not None:
        v = v.date().isoformat()
    return {"type": c.data_type, "isDate": bool(c.is_date), "format": c.number_format, "value": v}
print(json.dumps([{
    "title": ws.title,
    "freezePanes": ws.freeze_panes,
    "widths": {k: d.width for k, d in ws.column_dimensions.items()},
    "rows": [[cell(c) for c in row] for row in ws.iter_rows()],
} for ws in wb.worksheets], ensure_ascii=False))
`;

/** Every sheet of an .xlsx file, as openpyxl reads it. */
export function readWithOpenpyxl(file: string): ReadSheet[] {
  const result = spawnSync(PYTHON, ['-W', 'ignore', '-c', DUMP, file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`openpyxl could not read ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ReadSheet[];
}

/**
 * LibreOffice's CSV export filter: comma, double quote, UTF-8, from row 1, values "as shown"
 * (token 9), every sheet to its own `<file>-<sheet>.csv` (token 12, -1).
 */
const CSV_EVERY_SHEET =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/**
 * Opens .xlsx files with LibreOffice headless in one call, saving each sheet as CSV as shown on
 * screen; returns the parsed rows by `<file name without extension>-<sheet>`. Its own profile
 * folder, so parallel runs do not collide.
 */
export function readWithLibreOffice(files: readonly string[]): Map<string, string[][]> {
  const out = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
  const profile = `file://${join(out, 'profile')}`;
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', CSV_EVERY_SHEET];
  const result = spawnSync('soffice', [...args, '--outdir', join(out, 'csv'), ...files], {
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (result.status !== 0)
    throw new Error(`soffice failed: ${result.stderr || String(result.error)}`);
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(join(out, 'csv'))) {
    const text = readFileSync(join(out, 'csv', name), 'utf8');
    sheets.set(basename(name, '.csv'), parse(text, { bom: true, relax_column_count: true }));
  }
  return sheets;
}
