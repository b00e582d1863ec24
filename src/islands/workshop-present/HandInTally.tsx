/**
 * The projector's tally (#18): "6 of 8 have handed in", then per role, without names. It reads the
 * workshop from the store, so it changes as answers are collected, in this tab or another.
 */
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { tallyHandIns } from '../../domain/workshop/hand-in-tally';
import { format } from '../../i18n/format';

interface Props {
  workshop: Workshop;
  strings: UiStrings['qr'];
  roles: UiStrings['roles'];
}

export function HandInTally({ workshop, strings: s, roles }: Props) {
  const tally = tallyHandIns(workshop);
  const parts = tally.roles.map((r) =>
    format(s.tallyRole, { role: roles[r.role], handedIn: r.handedIn, invited: r.invited }),
  );
  if (tally.others && tally.roles.length > 0) {
    parts.push(format(s.tallyOthers, tally.others));
  }
  return (
    <div class="hand-in-tally" role="status" aria-label={s.tallyLabel}>
      <p class="tally-line">
        <strong>{format(s.tallyLine, tally)}</strong>
      </p>
      {parts.length > 0 && <p class="tally-roles">{parts.join(' · ')}</p>}
    </div>
  );
}
