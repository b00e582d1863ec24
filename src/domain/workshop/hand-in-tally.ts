/**
 * The tally the projector shows while answers come in (#18): "6 of 8 have handed in", and the
 * same per role, without names. As on the slides, a role with fewer than MIN_GROUP_SIZE people
 * invited is pooled with the other small ones, so nobody's hand-in can be singled out.
 */
import { MIN_GROUP_SIZE } from './role-groups';
import type { RoleId, Workshop } from './workshop';

/** Handed in against invited, for the whole workshop or one role. */
export interface HandInCount {
  readonly handedIn: number;
  readonly invited: number;
}

/** The whole tally: the workshop's count, each large enough role's, and the pooled others'. */
export interface HandInTally extends HandInCount {
  readonly roles: readonly (HandInCount & { readonly role: RoleId })[];
  /** The roles with fewer than MIN_GROUP_SIZE people invited, together; null when there are none. */
  readonly others: HandInCount | null;
}

/** Counts who has handed in among those invited; a submission from someone no longer invited is not counted. */
export function tallyHandIns(workshop: Workshop): HandInTally {
  const handed = new Set(workshop.submissions.map((s) => s.participantId));
  const byRole = new Map<RoleId, { handedIn: number; invited: number }>();
  for (const p of workshop.participants) {
    const count = byRole.get(p.role) ?? { handedIn: 0, invited: 0 };
    count.invited += 1;
    if (handed.has(p.id)) count.handedIn += 1;
    byRole.set(p.role, count);
  }
  const roles: (HandInCount & { role: RoleId })[] = [];
  let others: { handedIn: number; invited: number } | null = null;
  for (const [role, count] of byRole) {
    if (count.invited >= MIN_GROUP_SIZE) roles.push({ role, ...count });
    else {
      others ??= { handedIn: 0, invited: 0 };
      others.handedIn += count.handedIn;
      others.invited += count.invited;
    }
  }
  roles.sort((a, b) => b.invited - a.invited || a.role.localeCompare(b.role));
  const handedIn = roles.reduce((n, r) => n + r.handedIn, others?.handedIn ?? 0);
  return { handedIn, invited: workshop.participants.length, roles, others };
}
