/** The import flow (file or share link, with the id-clash question), and the share action. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { RestoreContext } from '../../domain/assessment/restore-assessment';
import { buildExport } from '../../domain/assessment/export-file';
import { encodeShareCode } from '../../domain/assessment/share-hash';
import { toShareHash } from '../../domain/assessment/share-fragment';
import { format, formatDateTime } from '../../i18n/format';
import { $assessments, addImported, assessmentSaved } from '../../stores/assessments';
import { copyText } from '../../adapters/file/save-file';
import type { ImportError } from './ImportPanel';
import { findById } from '../../domain/assessment/find-by-id';

type Strings = UiStrings['assessments'];

interface Options {
  strings: Strings;
  context: RestoreContext;
  lang: string;
  /** Reports the outcome; `stored` false when storage refused the import (it stays in memory). */
  onStatus: (text: string, stored: boolean) => void;
  onError: (error: ImportError | null) => void;
}

/** Handles imported assessments: saves them, or asks first when the id is already here. */
export function useImport({ strings: s, context, lang, onStatus, onError }: Options) {
  const [clash, setClash] = useState<Assessment | null>(null);

  const save = (assessment: Assessment, mode: 'replace' | 'copy') => {
    const id = addImported(assessment, mode);
    const keptAside = Object.keys(assessment.setAside.answers).length;
    const text = format(s.imported, { name: assessment.name });
    // "Imported" only once it is stored: never beside a "storage is full" banner (#15).
    void assessmentSaved(id).then((stored) => {
      if (!stored) onStatus(format(s.notStored, { name: assessment.name }), false);
      else
        onStatus(
          keptAside > 0
            ? `${text} ${format(keptAside === 1 ? s.keptAsideOne : s.keptAside, { count: keptAside })}`
            : text,
          true,
        );
    });
  };

  /** Takes a validated assessment: saves it, or opens the clash question. */
  const offer = (assessment: Assessment) => {
    onError(null);
    if (findById($assessments.get(), assessment.id)) setClash(assessment);
    else save(assessment, 'replace');
  };

  const existing = clash ? findById($assessments.get(), clash.id) : undefined;
  return {
    offer,
    clash,
    clashText: existing
      ? format(s.clashText, { name: existing.name, date: formatDateTime(existing.updatedAt, lang) })
      : '',
    importText: (text: string) => {
      // Reading validates the file (zod): loaded on the first import, not with the page (#12).
      void import('../../domain/assessment/parse-import').then(({ tryParseImport }) => {
        const result = tryParseImport(text, context);
        if (result.ok) offer(result.assessment);
        else onError({ message: s.importErrors[result.reason], detail: result.detail });
      });
    },
    resolveClash: (mode: 'replace' | 'copy') => {
      if (clash) save(clash, mode);
      setClash(null);
    },
    cancelClash: () => setClash(null),
  };
}

/** Copies a share link (the assessment compressed into the URL fragment) and reports it. */
export async function shareAssessment(
  assessment: Assessment,
  listPath: string,
  s: Strings,
  report: (text: string) => void,
) {
  const code = await encodeShareCode(buildExport(assessment, new Date()));
  const link = new URL(`${listPath}${toShareHash(code)}`, globalThis.location.href).href;
  if (await copyText(link)) report(s.shareCopied);
  else globalThis.prompt(s.shareFallback, link);
}
