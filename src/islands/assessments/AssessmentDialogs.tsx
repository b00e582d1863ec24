/** The page's two confirmations: deleting an assessment, and an import that clashes with one. */
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import { format } from '../../i18n/format';
import { ConfirmDialog } from '../shared/ConfirmDialog';

interface Props {
  strings: UiStrings['assessments'];
  /** The assessment to delete once confirmed; null when none is asked about. */
  toDelete: Assessment | null;
  onDelete: () => void;
  onKeep: () => void;
  /** What the clashing import is about; null when there is no clash. */
  clashText: string | null;
  onClash: (choice: 'replace' | 'copy') => void;
  onCancelClash: () => void;
}

export function AssessmentDialogs(props: Props) {
  const { strings: s, toDelete, onKeep, onCancelClash } = props;
  return (
    <>
      <ConfirmDialog
        open={toDelete !== null}
        title={s.deleteTitle}
        onCancel={onKeep}
        actions={
          <>
            <button type="button" class="button danger" onClick={props.onDelete}>
              {s.deleteConfirm}
            </button>
            <button type="button" class="button secondary" onClick={onKeep}>
              {s.cancel}
            </button>
          </>
        }
      >
        <p>{format(s.deleteText, { name: toDelete?.name ?? '' })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={props.clashText !== null}
        title={s.clashTitle}
        onCancel={onCancelClash}
        actions={
          <>
            <button type="button" class="button" onClick={() => props.onClash('replace')}>
              {s.replace}
            </button>
            <button type="button" class="button secondary" onClick={() => props.onClash('copy')}>
              {s.keepBoth}
            </button>
            <button type="button" class="button secondary" onClick={onCancelClash}>
              {s.cancel}
            </button>
          </>
        }
      >
        <p>{props.clashText}</p>
      </ConfirmDialog>
    </>
  );
}
