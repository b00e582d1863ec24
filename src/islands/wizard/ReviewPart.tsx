/**
 * The review step, fetched apart from the questions: its lists, its summary and the scoring rules
 * stay off the wizard's first load (#12). The wizard asks for it once its first screen is drawn
 * (`loadReview`), so the step is usually there before anyone reaches it; once fetched it is drawn
 * at once, with no empty frame. Until it arrives nothing is drawn below the step's heading; if it
 * cannot be fetched (offline before the site was kept), a message says so, and the next visit to
 * the step tries again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { WizardReview, WizardReviewProps } from './WizardReview';

type Review = typeof WizardReview;

let loaded: Review | null = null;
let loading: Promise<Review> | null = null;

/** Fetches the review's code once; a failed fetch is tried again on the next call. */
export function loadReview(): Promise<Review> {
  loading ??= import('./WizardReview').then(
    (module) => (loaded = module.WizardReview),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function ReviewPart(props: WizardReviewProps) {
  const [Part, setPart] = useState<Review | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Part) return;
    let live = true;
    loadReview().then(
      (part) => live && setPart(() => part),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [Part]);
  if (Part) return <Part {...props} />;
  if (!failed) return null;
  return (
    <p class="error" role="alert">
      {props.strings.reviewFailed}
    </p>
  );
}
