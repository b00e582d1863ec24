/**
 * Where the browser refuses storage, the assessments page carries a new assessment to the wizard in
 * the URL fragment (never sent to a server). This hook takes it in, into memory, and clears the
 * fragment. Returns true while it is still decoding.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RestoreContext } from '../../domain/assessment/restore-assessment';
import { getShareCodeFromHash } from '../../domain/assessment/share-fragment';
import { $assessments, addImported } from '../../stores/assessments';
import { findById } from '../../domain/assessment/find-by-id';

export function useCarriedAssessment(id: string, context: RestoreContext): boolean {
  const [code] = useState(() =>
    findById($assessments.get(), id) ? null : getShareCodeFromHash(globalThis.location.hash),
  );
  const [pending, setPending] = useState(code !== null);
  useEffect(() => {
    if (code === null) return;
    // Decoding validates the assessment (zod): loaded only when a link carries one (#12).
    void import('../../domain/assessment/share-code')
      .then(({ decodeShareCode }) => decodeShareCode(code, context))
      .then((result) => {
        if (result.ok && result.assessment.id === id) addImported(result.assessment, 'replace');
        const { pathname, search } = globalThis.location;
        globalThis.history.replaceState(globalThis.history.state, '', `${pathname}${search}`);
        setPending(false);
      });
  }, [code, context, id]);
  return pending;
}
