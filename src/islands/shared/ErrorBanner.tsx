/** A refusal or failure: what happened and what to do, with the technical detail in a disclosure. */
import type { Ref } from 'preact';

interface Props {
  message: string;
  /** For the curious or for support; shown only when asked. */
  detail?: string | undefined;
  detailsLabel: string;
  id?: string | undefined;
  /** Given when the caller moves focus to the banner after an action. */
  boxRef?: Ref<HTMLDivElement> | undefined;
}

export function ErrorBanner({ message, detail, detailsLabel, id, boxRef }: Props) {
  return (
    <div
      class="banner danger"
      id={id}
      role="alert"
      tabIndex={boxRef ? -1 : undefined}
      {...(boxRef && { ref: boxRef })}
    >
      <p>{message}</p>
      {detail && (
        <details>
          <summary>{detailsLabel}</summary>
          <pre class="detail">{detail}</pre>
        </details>
      )}
    </div>
  );
}
