/** The assessments page: start, list, import, export, share, duplicate, rename and delete. */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { AssessmentsProps } from '../types';
import type { Assessment } from '../../domain/assessment/assessment';
import { buildAssessmentListView } from '../../domain/assessment-list-view';
import { format } from '../../i18n/format';
import {
  $assessmentList,
  $storageHealth,
  $unreadable,
  deleteAssessment,
  duplicate,
  assessmentSaved,
  initAssessmentStore,
  retrySaving,
  setDetails,
  startAssessment,
  undoDelete,
} from '../../stores/assessments';
import { toRestoreContext } from '../shared/content-facts';
import { StorageBanner } from '../shared/StorageBanner';
import { UpdateBanner } from '../shared/UpdateBanner';
import { NewAssessmentForm } from './NewAssessmentForm';
import { ImportPanel, type ImportError } from './ImportPanel';
import { AssessmentList, type AssessmentActions, type AssessmentLinks } from './AssessmentList';
import { AssessmentDialogs } from './AssessmentDialogs';
import { StatusMessage, type Status } from './StatusMessage';
import { UnreadableNotice } from '../shared/UnreadableNotice';
import { ShareOffer } from './ShareOffer';
import { StorageEstimateLine } from './StorageEstimateLine';
import { openInWizard } from './open-in-wizard';
import { shareAssessment, useImport } from './use-import';

export default function AssessmentsApp(props: AssessmentsProps) {
  const { strings: s, lang } = props;
  const context = useMemo(() => toRestoreContext(props.content), [props.content]);
  // Client-only island: read storage before the first render, so nothing flashes.
  useState(() => initAssessmentStore(context));
  const list = useStore($assessmentList);
  const health = useStore($storageHealth);
  const unreadable = useStore($unreadable);
  const [status, setStatus] = useState<Status | null>(null);
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const [importError, setImportError] = useState<ImportError | null>(null);
  const flow = useImport({
    strings: s,
    context,
    lang,
    onStatus: (text, stored) => setStatus(stored ? { text } : { text, tone: 'warning' }),
    onError: setImportError,
  });
  const withId = (path: string) => (id: string) => `${path}?id=${encodeURIComponent(id)}`;
  const links: AssessmentLinks = {
    wizard: withId(props.wizardPath),
    follow: withId(props.followPath),
    handBack: withId(props.joinPath),
  };
  const open = (id: string) =>
    void openInWizard(id, links.wizard(id)).then((opened) => {
      if (!opened) setStatus({ text: s.startNotSaved, tone: 'warning' });
    });

  const confirmDelete = () => {
    if (!toDelete) return;
    deleteAssessment(toDelete.id);
    setStatus({ text: format(s.deleted, { name: toDelete.name }), undo: true });
    setToDelete(null);
  };
  const say = (text: string) => setStatus({ text });
  /** Says `text` once the change to `a` is stored, and that it is not when storage refused it. */
  const sayWhenSaved = (id: string, name: string, text: string) =>
    void assessmentSaved(id).then((stored) =>
      setStatus(stored ? { text } : { text: format(s.notStored, { name }), tone: 'warning' }),
    );
  // The file writers load on the first export, not with the page (#12).
  const exportOne = (a: Assessment, report: (text: string) => void) =>
    void import('./export-assessment').then((m) => m.exportAssessment(a, s, report));
  const actions: AssessmentActions = {
    rename: (a, name) => {
      setDetails(a.id, { name });
      sayWhenSaved(a.id, name, format(s.renamed, { name }));
    },
    duplicate: (a) => {
      const name = format(s.copyName, { name: a.name });
      const copy = duplicate(a.id, name);
      if (copy) sayWhenSaved(copy, name, format(s.duplicated, { name }));
    },
    export: (a) => exportOne(a, say),
    share: (a) => void shareAssessment(a, props.listPath, s, say),
    delete: setToDelete,
    open: health === 'unavailable' ? (a) => open(a.id) : undefined,
  };

  return (
    <div class="stack-lg">
      <StatusMessage
        status={status}
        strings={s}
        onUndo={() => {
          const back = undoDelete();
          setStatus(null);
          if (back) sayWhenSaved(back.id, back.name, format(s.restored, { name: back.name }));
        }}
      />
      <UpdateBanner strings={s} />
      <StorageBanner health={health} strings={s} exportable={list} onRetry={retrySaving} />
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
        onStart={(input) => open(startAssessment(input))}
      />
      <AssessmentList
        items={buildAssessmentListView(list, props.content.questions, props.quickScanIds)}
        lang={lang}
        strings={s}
        links={links}
        actions={actions}
      />
      <ImportPanel
        strings={s}
        error={importError}
        onText={flow.importText}
        onError={setImportError}
      />
      <AssessmentDialogs
        strings={s}
        toDelete={toDelete}
        onDelete={confirmDelete}
        onKeep={() => setToDelete(null)}
        clashText={flow.clash === null ? null : flow.clashText}
        onClash={flow.resolveClash}
        onCancelClash={flow.cancelClash}
      />
      <StorageEstimateLine template={s.storageEstimate} lang={lang} revision={list} />
    </div>
  );
}
