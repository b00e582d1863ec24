import { describe, expect, it } from 'vitest';
import { findParticipation } from '~/domain/workshop/find-participation';
import { makeAssessment } from '../assessment/helpers';

const participant = (id: string) => ({ id, name: id, role: 'sales' as const });
const ana = makeAssessment({
  id: 'ana-w1',
  participation: { workshopId: 'w1', participant: participant('ana') },
});
const anaElsewhere = makeAssessment({
  id: 'ana-w2',
  participation: { workshopId: 'w2', participant: participant('ana') },
});
const own = makeAssessment({ id: 'own' });
const all = { [own.id]: own, [anaElsewhere.id]: anaElsewhere, [ana.id]: ana };

describe('findParticipation', () => {
  it.each<[string, string, string, string | undefined]>([
    ['the participant in that workshop', 'w1', 'ana', 'ana-w1'],
    ['the same participant in another workshop', 'w2', 'ana', 'ana-w2'],
    ['nobody for a participant who has not started', 'w1', 'ben', undefined],
    ['nobody for a workshop with no answers here', 'w3', 'ana', undefined],
  ])('finds %s', (_name, workshopId, participantId, found) => {
    expect(findParticipation(all, workshopId, participantId)?.id).toBe(found);
  });
});
