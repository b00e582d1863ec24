/** Opens the wizard on one assessment. */
import { buildExport } from '../../domain/assessment/export-file';
import { findById } from '../../domain/assessment/find-by-id';
import { encodeShareCode } from '../../domain/assessment/share-hash';
import { toShareHash } from '../../domain/assessment/share-fragment';
import { $assessments, $storageHealth, assessmentSaved } from '../../stores/assessments';

/**
 * Goes to the wizard at `href` once the assessment is stored; without storage the assessment
 * travels along in the URL fragment, since the wizard page could not read it back. Resolves false,
 * staying on the page, when storage refused it: the wizard could not open it.
 */
export async function openInWizard(id: string, href: string): Promise<boolean> {
  if (!(await assessmentSaved(id))) return false;
  const assessment = findById($assessments.get(), id);
  const carry =
    assessment && $storageHealth.get() === 'unavailable'
      ? toShareHash(await encodeShareCode(buildExport(assessment, new Date())))
      : '';
  globalThis.location.assign(`${href}${carry}`);
  return true;
}
