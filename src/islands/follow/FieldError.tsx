/** A refused value's message under its field, in the page's language, with the value kept. */
import type { UiStrings } from '../../i18n/types';
import type { FollowIssue } from '../../stores/follow';
import { format } from '../../i18n/format';

interface Props {
  id: string;
  strings: UiStrings['follow'];
  reason: FollowIssue;
  /** The value still saved, as shown; empty when none is. */
  kept?: string | undefined;
}

export function FieldError({ id, strings: s, reason, kept }: Props) {
  return (
    <p id={id} class="error" role="alert">
      {s.errors[reason]}
      {kept !== undefined && ` ${format(s.page.kept, { value: kept || s.page.none })}`}
    </p>
  );
}
