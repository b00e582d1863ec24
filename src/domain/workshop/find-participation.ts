/** Finds the answers a participant already started on this device for a workshop. */
import type { Assessment } from '../assessment/assessment';

/**
 * The assessment in which `participantId` answers for `workshopId`, if one was started here;
 * someone who stopped carries on where they left off instead of starting again.
 */
export function findParticipation(
  assessments: Readonly<Record<string, Assessment>>,
  workshopId: string,
  participantId: string,
): Assessment | undefined {
  return Object.values(assessments).find(
    (a) =>
      a.participation?.workshopId === workshopId &&
      a.participation.participant.id === participantId,
  );
}
