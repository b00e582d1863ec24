/** The facilitator's workshops page: set up, list, open, back up, delete (with undo) and restore. */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Workshop } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';
import {
  $unreadableWorkshops,
  $workshopList,
  $workshopStorageHealth,
  $workshops,
  deleteWorkshop,
  initWorkshopStore,
  retryWorkshopSaving,
  workshopSaved,
  restoreWorkshop,
  setUpWorkshop,
  undoDeleteWorkshop,
} from '../../stores/workshops';
import { StorageBanner } from '../shared/StorageBanner';
import { UpdateBanner } from '../shared/UpdateBanner';
import type { WorkshopsProps } from './workshop-props';
import { formatDay, toImportContext } from './workshop-format';
import { WorkshopSetupForm } from './WorkshopSetupForm';
import { WorkshopList } from './WorkshopList';
import { WorkshopDialogs } from './WorkshopDialogs';
import { RestorePanel } from './RestorePanel';
import { StatusMessage, type Status } from './StatusMessage';
import { UnreadableNotice } from '../shared/UnreadableNotice';
import { downloadBackup } from './workshop-actions';
import { findById } from '../../domain/assessment/find-by-id';
import { goWhenSaved } from '../shared/go-when-saved';

export default function WorkshopsApp(props: WorkshopsProps) {
  const { strings: s, lang } = props;
  const importContext = useMemo(() => toImportContext(props.questions), [props.questions]);
  // Client-only island: read storage before the first render, so nothing flashes.
  useState(() => initWorkshopStore({ contentVersion: props.contentVersion, importContext }));
  const list = useStore($workshopList);
  const health = useStore($workshopStorageHealth);
  const unreadable = useStore($unreadableWorkshops);
  const [status, setStatus] = useState<Status | null>(null);
  const [toDelete, setToDelete] = useState<Workshop | null>(null);
  const [clash, setClash] = useState<Workshop | null>(null);
  const label = (w: Workshop) => ({ organization: w.organization, date: formatDay(w.date, lang) });
  const href = (id: string) => `${props.workshopPath}?id=${encodeURIComponent(id)}`;
  const report = (next: Status) => setStatus({ ...next, at: Date.now() });

  const confirmDelete = () => {
    if (!toDelete) return;
    deleteWorkshop(toDelete.id);
    report({ text: format(s.deleted, label(toDelete)), undo: true, focus: true });
    setToDelete(null);
  };
  /** Says `text` once the workshop is stored, and that it is not when storage refused it (#15). */
  const reportWhenSaved = (workshop: Workshop, text: string) =>
    void workshopSaved(workshop.id).then((stored) =>
      report(
        stored
          ? { text: format(text, label(workshop)), focus: true }
          : { text: format(s.restoreNotStored, label(workshop)), tone: 'warning', focus: true },
      ),
    );
  const restore = (workshop: Workshop) => {
    restoreWorkshop(workshop);
    reportWhenSaved(workshop, s.restoredFromFile);
  };

  return (
    <div class="stack-lg workshops">
      <StatusMessage
        status={status}
        strings={s}
        onUndo={() => {
          const back = undoDeleteWorkshop();
          if (back) reportWhenSaved(back, s.undone);
          else report({ text: '', focus: true });
        }}
      />
      <UpdateBanner strings={s} />
      <StorageBanner
        health={health}
        strings={s}
        onExport={
          list.length > 0
            ? () => list.forEach((w) => downloadBackup(w, () => undefined))
            : undefined
        }
        onRetry={retryWorkshopSaving}
      />
      <UnreadableNotice
        records={unreadable}
        strings={s}
        fileName="crm-readiness-unreadable-workshops.json"
      />
      <WorkshopSetupForm
        strings={s}
        roleNames={props.roleNames}
        onSetUp={(input) => goWhenSaved(href(setUpWorkshop(input)))}
      />
      <WorkshopList
        workshops={list}
        total={props.questions.length}
        lang={lang}
        strings={s}
        href={href}
        onBackup={(w) =>
          downloadBackup(w, (file) => report({ text: format(s.downloaded, { file }) }))
        }
        onDelete={setToDelete}
      />
      <RestorePanel
        strings={s}
        onWorkshop={(w) => (findById($workshops.get(), w.id) ? setClash(w) : restore(w))}
      />
      <WorkshopDialogs
        strings={s}
        lang={lang}
        toDelete={toDelete}
        onDelete={confirmDelete}
        onKeep={() => setToDelete(null)}
        clash={clash ? { restored: clash, existing: findById($workshops.get(), clash.id) } : null}
        onReplace={() => {
          if (clash) restore(clash);
          setClash(null);
        }}
        onCancelClash={() => setClash(null)}
      />
    </div>
  );
}
