/** The assessments page: start, list, import, export, share, duplicate, rename and delete. */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { AssessmentsProps } from '../types';
import type { Assessment } from '../../domain/assessment/assessment';
import { getProgress } from '../../domain/assessment/progress';
import { format } from '../../i18n/format';
import { buildExport } from '../../domain/assessment/export-file';
import { encodeShareCode, toShareHash } from '../../domain/assessment/share-hash';
import {
  $assessmentList,
  $assessments,
  $storageHealth,
  $unreadable,
  deleteAssessment,
  duplicate,
  initAssessmentStore,
  setDetails,
  startAssessment,
  undoDelete,
} from '../../stores/assessments';
import { toRestoreContext } from '../shared/content-facts';
import { StorageBanner } from '../shared/StorageBanner';
import { UpdateBanner } from '../shared/UpdateBanner';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { NewAssessmentForm } from './NewAssessmentForm';
import { ImportPanel, type ImportError } from './ImportPanel';
import { AssessmentCard } from './AssessmentCard';
import { UnreadableNotice } from '../shared/UnreadableNotice';
import { ShareOffer } from './ShareOffer';
import { exportAssessment } from './export-assessment';
import { shareAssessment, useImport } from './use-import';
import { findById } from '../../domain/assessment/find-by-id';
import { getAssessedQuestions } from '../../domain/assessment/assessment-mode';

export default function AssessmentsApp(props: AssessmentsProps) {
  const { strings: s, lang } = props;
  const context = useMemo(() => toRestoreContext(props.content), [props.content]);
  // Client-only island: read storage before the first render, so nothing flashes.
  useState(() => initAssessmentStore(context));
  const list = useStore($assessmentList);
  const health = useStore($storageHealth);
  const unreadable = useStore($unreadable);
  const [status, setStatus] = useState<{ text: string; undo?: boolean } | null>(null);
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const [importError, setImportError] = useState<ImportError | null>(null);
  const flow = useImport({
    strings: s,
    context,
    lang,
    onStatus: (text) => setStatus({ text }),
    onError: setImportError,
  });
  const wizardHref = (id: string) => `${props.wizardPath}?id=${encodeURIComponent(id)}`;
  /** Opens the wizard; without storage the assessment travels along in the URL fragment. */
  const openInWizard = async (id: string) => {
    const assessment = findById($assessments.get(), id);
    const carry =
      assessment && $storageHealth.get() === 'unavailable'
        ? toShareHash(await encodeShareCode(buildExport(assessment, new Date())))
        : '';
    globalThis.location.assign(`${wizardHref(id)}${carry}`);
  };

  const confirmDelete = () => {
    if (!toDelete) return;
    deleteAssessment(toDelete.id);
    setStatus({ text: format(s.deleted, { name: toDelete.name }), undo: true });
    setToDelete(null);
  };

  return (
    <div class="stack-lg">
      <div role="status" class="status" aria-live="polite">
        {status && (
          <p class="banner success">
            {status.text}{' '}
            {status.undo && (
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  const back = undoDelete();
                  setStatus(back ? { text: format(s.restored, { name: back.name }) } : null);
                }}
              >
                {s.undo}
              </button>
            )}
          </p>
        )}
      </div>
      <UpdateBanner strings={s} />
      <StorageBanner
        health={health}
        strings={s}
        onExport={
          list.length > 0
            ? () => list.forEach((a) => exportAssessment(a, s, () => undefined))
            : undefined
        }
      />
      <UnreadableNotice
        records={unreadable}
        strings={s}
        fileName="crm-readiness-unreadable-data.json"
      />
      <ShareOffer
        strings={s}
        context={context}
        total={props.content.questions.length}
        onImport={flow.offer}
      />
      <NewAssessmentForm
        strings={s}
        modes={props.modes}
        onStart={(input) => void openInWizard(startAssessment(input))}
      />
      <section aria-labelledby="list-heading" class="stack">
        <h2 id="list-heading">{s.listHeading}</h2>
        {list.length === 0 ? (
          <p>{s.empty}</p>
        ) : (
          <ul class="cards">
            {list.map((a) => (
              <AssessmentCard
                key={a.id}
                assessment={a}
                progress={
                  getProgress(
                    getAssessedQuestions(props.content.questions, a.mode, props.quickScanIds),
                    a.answers,
                  ).overall
                }
                lang={lang}
                strings={s}
                href={wizardHref(a.id)}
                resultsHref={`${props.resultsPath}?id=${encodeURIComponent(a.id)}`}
                handBackHref={`${props.joinPath}?id=${encodeURIComponent(a.id)}`}
                onRename={(name) => {
                  setDetails(a.id, { name });
                  setStatus({ text: format(s.renamed, { name }) });
                }}
                onDuplicate={() => {
                  const name = format(s.copyName, { name: a.name });
                  duplicate(a.id, name);
                  setStatus({ text: format(s.duplicated, { name }) });
                }}
                onExport={() => exportAssessment(a, s, (text) => setStatus({ text }))}
                onShare={() =>
                  void shareAssessment(a, props.listPath, s, (text) => setStatus({ text }))
                }
                onDelete={() => setToDelete(a)}
                onOpen={health === 'unavailable' ? () => void openInWizard(a.id) : undefined}
              />
            ))}
          </ul>
        )}
      </section>
      <ImportPanel
        strings={s}
        error={importError}
        onText={flow.importText}
        onError={setImportError}
      />
      <ConfirmDialog
        open={toDelete !== null}
        title={s.deleteTitle}
        onCancel={() => setToDelete(null)}
        actions={
          <>
            <button type="button" class="button danger" onClick={confirmDelete}>
              {s.deleteConfirm}
            </button>
            <button type="button" class="button secondary" onClick={() => setToDelete(null)}>
              {s.cancel}
            </button>
          </>
        }
      >
        <p>{format(s.deleteText, { name: toDelete?.name ?? '' })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={flow.clash !== null}
        title={s.clashTitle}
        onCancel={flow.cancelClash}
        actions={
          <>
            <button type="button" class="button" onClick={() => flow.resolveClash('replace')}>
              {s.replace}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => flow.resolveClash('copy')}
            >
              {s.keepBoth}
            </button>
            <button type="button" class="button secondary" onClick={flow.cancelClash}>
              {s.cancel}
            </button>
          </>
        }
      >
        <p>{flow.clashText}</p>
      </ConfirmDialog>
    </div>
  );
}
