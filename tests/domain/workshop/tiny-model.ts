/** A three-question scoring model for workshop tests: two strategy questions (one critical), one data question that allows N/A. */
import type { ScoringModel } from '~/domain/scoring/model';

export const tinyModel: ScoringModel = {
  dimensions: [
    { id: 'strategy', weight: 3 },
    { id: 'data', weight: 2 },
  ],
  questions: [
    {
      id: 'vision',
      dimensionId: 'strategy',
      phase: 'analysis',
      weight: 3,
      critical: true,
      notApplicable: false,
    },
    {
      id: 'sponsor',
      dimensionId: 'strategy',
      phase: 'analysis',
      weight: 2,
      critical: false,
      notApplicable: false,
    },
    {
      id: 'quality',
      dimensionId: 'data',
      phase: 'diagnosis',
      weight: 2,
      critical: false,
      notApplicable: true,
    },
  ],
};
