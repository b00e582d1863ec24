/**
 * The join page (#7): without `?id=`, a participant opens an invitation and starts answering;
 * with `?id=<assessment id>`, they hand those answers back.
 */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { JoinProps } from '../types';
import {
  $assessments,
  $storageHealth,
  $unsavedAssessments,
  initAssessmentStore,
  retrySaving,
} from '../../stores/assessments';
import { findById } from '../../domain/assessment/find-by-id';
import { toRestoreContext } from '../shared/content-facts';
import { StorageBanner } from '../shared/StorageBanner';
import { JoinStart } from './JoinStart';
import { HandBack } from './HandBack';

export default function JoinApp(props: JoinProps) {
  const context = useMemo(() => toRestoreContext(props.content), [props.content]);
  // Client-only island: read storage before the first render, so nothing flashes.
  const [id] = useState(() => {
    initAssessmentStore(context);
    return new URLSearchParams(globalThis.location.search).get('id');
  });
  const health = useStore($storageHealth);
  const unsaved = useStore($unsavedAssessments);
  const s = props.strings;
  return (
    <div class="stack-lg join">
      <StorageBanner
        health={health}
        strings={s}
        // The answers not stored yet: the participant's, started or changed on this page.
        exportable={unsaved.flatMap((u) => findById($assessments.get(), u) ?? [])}
        onRetry={retrySaving}
      />
      {id === null ? <JoinStart {...props} /> : <HandBack {...props} id={id} />}
    </div>
  );
}
