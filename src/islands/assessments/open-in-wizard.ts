/** Opens the wizard on one assessment. */
import { buildExport } from '../../domain/assessment/export-file';
import { findById } from '../../domain/assessment/find-by-id';
import { encodeShareCode } from '../../domain/assessment/share-hash';
import { toShareHash } from '../../domain/assessment/share-fragment';
import { $assessments, $storageHealth } from '../../stores/assessments';

/**
 * Goes to the wizard at `href`; without storage the assessment travels along in the URL fragment,
 * since the wizard page could not read it back.
 */
export async function openInWizard(id: string, href: string): Promise<void> {
  const assessment = findById($assessments.get(), id);
  const carry =
    assessment && $storageHealth.get() === 'unavailable'
      ? toShareHash(await encodeShareCode(buildExport(assessment, new Date())))
      : '';
  globalThis.location.assign(`${href}${carry}`);
}
