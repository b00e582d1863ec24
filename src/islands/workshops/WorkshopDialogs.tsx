/** The workshops page's confirmations: deleting a workshop, and restoring over one with its id. */
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { format, formatDateTime } from '../../i18n/format';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { formatDay } from './workshop-format';

interface Props {
  strings: UiStrings['workshop'];
  lang: string;
  /** The workshop to delete once confirmed; null when none is asked about. */
  toDelete: Workshop | null;
  onDelete: () => void;
  onKeep: () => void;
  /** The workshop read from a file, and the one here with its id; null when there is no clash. */
  clash: { readonly restored: Workshop; readonly existing: Workshop | undefined } | null;
  onReplace: () => void;
  onCancelClash: () => void;
}

export function WorkshopDialogs(props: Props) {
  const { strings: s, lang, toDelete, clash, onKeep, onCancelClash } = props;
  const label = (w: Workshop) => ({ organization: w.organization, date: formatDay(w.date, lang) });
  return (
    <>
      <ConfirmDialog
        open={toDelete !== null}
        title={s.deleteTitle}
        onCancel={onKeep}
        actions={
          <>
            <button type="button" class="button danger" onClick={props.onDelete}>
              {s.delete}
            </button>
            <button type="button" class="button secondary" onClick={onKeep}>
              {s.cancel}
            </button>
          </>
        }
      >
        <p>{toDelete ? format(s.deleteText, label(toDelete)) : ''}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={clash !== null}
        title={s.restoreClashTitle}
        onCancel={onCancelClash}
        actions={
          <>
            <button type="button" class="button" onClick={props.onReplace}>
              {s.replace}
            </button>
            <button type="button" class="button secondary" onClick={onCancelClash}>
              {s.cancel}
            </button>
          </>
        }
      >
        <p>
          {clash?.existing
            ? format(s.restoreClashText, {
                ...label(clash.existing),
                updated: formatDateTime(clash.existing.updatedAt, lang),
              })
            : ''}
        </p>
      </ConfirmDialog>
    </>
  );
}
