/** The real question bank in content/, as a restore context, for fixture and size tests. */
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '~/build/content-check';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';
import { buildRestoreContext } from '~/domain/assessment/restore-assessment';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const loaded = checkContentFolder(root);

/** The questionnaire built from content/. */
export const realQuestionnaire = buildQuestionnaire(loaded.dimensions.map((d) => d.data));

/** The restore context of the real content. */
export const realContext = buildRestoreContext(
  realQuestionnaire,
  loaded.profile?.data.fields.map((field) => field.id) ?? [],
  loaded.meta?.data.contentVersion ?? 1,
);
