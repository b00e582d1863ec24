/**
 * Five named organizations answered against the real content of `content/`, for the tests that
 * pin the plan a team would get: their profile (size, channels) and a whole answer set each.
 */
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '~/build/content-check';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';
import type { ChannelId, CompanySize, RoadmapInitiative } from '~/domain/roadmap/model';
import type { AnswerValue, Answers } from '~/domain/scoring/model';
import { getPresetTargets } from '~/domain/scoring/targets';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The real content, checked as the build checks it. */
export const content = checkContentFolder(root);

/** The questionnaire of the real content. */
export const questionnaire = buildQuestionnaire(content.dimensions.map((d) => d.data));

/** The initiative library of `content/initiatives`. */
export const library: readonly RoadmapInitiative[] = content.initiatives.map((i) => i.data);

/** The competitive ambition for every dimension, the results page's default. */
export const defaultTargets = getPresetTargets(
  'competitive',
  questionnaire.dimensions.map((d) => d.id),
);

/** Answers every question with the level the pattern gives for its position in the bank. */
export function answerAll(pattern: (index: number, critical: boolean) => AnswerValue): Answers {
  return Object.fromEntries(questionnaire.questions.map((q, i) => [q.id, pattern(i, q.critical)]));
}

/** One named organization. */
export interface NamedOrganization {
  readonly name: string;
  readonly size: CompanySize;
  readonly channels: readonly ChannelId[];
  readonly answers: Answers;
}

/** The five organizations of the plan table. */
export const NAMED_ORGANIZATIONS: readonly NamedOrganization[] = [
  {
    name: 'a micro retailer',
    size: 'micro',
    channels: ['sales-force', 'internet'],
    answers: answerAll((i) => ([1, 2, 1, 0, 2] as const)[i % 5]!),
  },
  {
    name: 'a small professional-services firm',
    size: 'small',
    channels: ['sales-force', 'contact-center'],
    answers: answerAll((i, critical) => (critical ? 2 : ([2, 3, 1, 'dont-know'] as const)[i % 4]!)),
  },
  {
    name: 'a medium manufacturer',
    size: 'medium',
    channels: ['sales-force', 'distribution-channel'],
    answers: answerAll((i) => ([1, 2, 2, 3] as const)[i % 4]!),
  },
  {
    name: 'a medium distributor with all four channels',
    size: 'medium',
    channels: ['sales-force', 'contact-center', 'internet', 'distribution-channel'],
    answers: answerAll(() => 1),
  },
  {
    name: 'a large bank',
    size: 'large',
    channels: ['contact-center', 'internet', 'sales-force'],
    answers: answerAll((i, critical) => (critical ? 1 : ([2, 3, 2, 1, 4] as const)[i % 5]!)),
  },
];
