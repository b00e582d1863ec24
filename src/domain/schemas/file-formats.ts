/**
 * The `format` tags of the files the app writes, the participant cap and the id limits, without their zod
 * schemas: code that only writes a file or shows a limit imports these, so a page's first
 * download need not carry zod (#12). assessment-file.ts and workshop-file.ts re-export them.
 */

/** The `format` tag of an exported assessment file. */
export const ASSESSMENT_EXPORT_FORMAT = 'crm-readiness/assessment';
/** The `format` tag of an invitation file. */
export const INVITATION_FILE_FORMAT = 'crm-readiness/workshop-invitation';
/** The `format` tag of a submission file. */
export const SUBMISSION_FILE_FORMAT = 'crm-readiness/workshop-submission';
/** The `format` tag of the facilitator's workshop file (a backup). */
export const WORKSHOP_FILE_FORMAT = 'crm-readiness/workshop';
/** The `format` tag of the plan download (Plan (JSON) on the results page). */
export const PLAN_EXPORT_FORMAT = 'crm-readiness/roadmap';
/** Most participants (and so submissions) one workshop holds. */
export const MAX_PARTICIPANTS = 200;
/** Longest id kept: assessment ids, question and profile ids, option ids and wizard positions. */
export const MAX_ID_LENGTH = 100;
/** Most options one `multiple` profile answer may hold. */
export const MAX_PROFILE_OPTIONS = 50;
