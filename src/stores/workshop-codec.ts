/**
 * What the workshops store needs that validates (zod/mini, migrations): reading and writing a
 * stored workshop, and importing a participant's answers. The store loads it with a dynamic
 * `import()`, so it stays out of a page's first download (#12).
 */
import type { Workshop } from '../domain/workshop/workshop';
import { serializeWorkshopFile, tryParseWorkshopFile } from '../domain/workshop/workshop-backup';
import type { ParsedRecord } from './record-store';

export {
  applySubmission,
  replaceSubmission,
  tryImportSubmission,
} from '../domain/workshop/import-submission';
export { serializeWorkshopFile };
export { cancelRoundTwo, startRoundTwo } from '../domain/workshop/round-two';

/** Reads one stored record: a workshop, `newer` (leave it alone), or null (unreadable). */
export function parseWorkshopRecord(raw: string): ParsedRecord<Workshop> {
  const read = tryParseWorkshopFile(raw);
  if (read.ok) return read.workshop;
  return read.reason === 'newer-version' ? 'newer' : null;
}
