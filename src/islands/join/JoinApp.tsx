/**
 * The join page (#7): without `?id=`, a participant opens an invitation and starts answering;
 * with `?id=<assessment id>`, they hand those answers back.
 */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { JoinProps } from '../types';
import { $storageHealth, initAssessmentStore } from '../../stores/assessments';
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
  const s = props.strings;
  return (
    <div class="stack-lg join">
      <StorageBanner
        health={health}
        strings={{
          storageUnavailable: s.storageUnavailable,
          storageFull: s.storageFull,
          exportNow: '',
        }}
      />
      {id === null ? <JoinStart {...props} /> : <HandBack {...props} id={id} />}
    </div>
  );
}
