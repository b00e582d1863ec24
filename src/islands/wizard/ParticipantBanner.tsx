/** Tells a workshop participant whose answers these are and that they stay here until handed back (#7). */
import type { WorkshopParticipation } from '../../domain/assessment/assessment';
import { format } from '../../i18n/format';

interface Props {
  participation: WorkshopParticipation;
  organization: string;
  roleNames: Readonly<Record<string, string>>;
  strings: { participantBanner: string; participantUnnamed: string };
}

export function ParticipantBanner({ participation, organization, roleNames, strings }: Props) {
  const { name, role } = participation.participant;
  return (
    <p class="banner info participant-banner">
      {format(strings.participantBanner, {
        organization,
        name: name || strings.participantUnnamed,
        role: roleNames[role] ?? role,
      })}
    </p>
  );
}
