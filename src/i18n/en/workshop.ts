/** English UI strings: workshop. */
import { consensusRules } from './consensus-rules';
import { workshopRounds } from './workshop-rounds';

export const workshop = {
  rules: consensusRules,
  rounds: workshopRounds,
  listTitle: 'Workshops',
  listDescription:
    'Run a CRM readiness workshop with a leadership team: invite participants, collect their answers, see where they disagree and record what the team agrees.',
  listHeading: 'Workshops',
  listLead:
    'Each participant answers on their own device and hands their answers back as a code or a file; you import them here. Everything stays in this browser.',
  pageTitle: 'Workshop',
  pageDescription:
    'Invite the participants, collect their answers, see where the team disagrees, and record the agreed answers.',
  loading: 'Loading your workshops…',
  noscript:
    'Workshops need JavaScript. They run only in your browser: nothing you type is sent anywhere.',
  notFound:
    'This workshop is not saved in this browser. It may have been deleted, or kept in another browser: restore it there from its backup file.',
  toList: 'Go to your workshops',
  setUpHeading: 'Set up a workshop',
  setUpLead:
    'List the people who will answer. You can add or remove participants later, and send each one their own invitation.',
  organizationLabel: 'Organization',
  dateLabel: 'Date of the workshop',
  facilitatorLabel: 'Facilitator (optional)',
  participantsLegend: 'Participants',
  participantsHint:
    'Roles let you compare groups, for example executives with everyone else. A role with fewer than three people is never shown on its own.',
  participantLegend: 'Participant {n}',
  nameLabel: 'Name',
  roleLabel: 'Role',
  addRow: 'Add a participant',
  removeRow: 'Remove',
  removeRowLabel: 'Remove participant {n}',
  setUpButton: 'Set up the workshop',
  organizationRequired: 'Enter the name of the organization.',
  dateRequired: 'Enter the date of the workshop: day, month and year.',
  nameRequired: 'Enter this participant’s name, or remove the row.',
  participantsRequired: 'Add at least one participant.',
  savedHeading: 'Workshops in this browser',
  empty: 'No workshop yet. Set one up above, or restore one from its backup file.',
  facilitatedBy: 'Facilitated by {name}',
  invitedCount: 'Invited: {count}',
  submittedCount: 'Answers handed in: {count}',
  agreedCount: 'Agreed: {agreed} of {total} questions',
  actionsLabel: 'Actions for the workshop {organization}, {date}',
  open: 'Open',
  openLabel: 'Open the workshop {organization}, {date}',
  downloadBackup: 'Download backup',
  downloadBackupLabel: 'Download the backup of the workshop {organization}, {date}',
  delete: 'Delete',
  deleteLabel: 'Delete the workshop {organization}, {date}',
  deleteTitle: 'Delete this workshop?',
  deleteText:
    'The workshop {organization}, {date}, with its participants, the answers handed in and what was agreed, will be removed from this browser. Its consolidated assessment, if you built one, stays with your assessments. You can undo this straight after.',
  deleted: 'The workshop {organization}, {date} was deleted.',
  undo: 'Undo',
  undone: 'The workshop {organization}, {date} is back.',
  cancel: 'Cancel',
  downloaded: '“{file}” was downloaded.',
  restoreHeading: 'Restore a workshop from its backup file',
  restoreText:
    'Choose a workshop backup downloaded from this tool, to carry on here. It is read in this browser only.',
  restoreLabel: 'Workshop backup file (.json)',
  restoredFromFile: 'The workshop {organization}, {date} was restored from its backup.',
  restoreFailed: 'Nothing was restored, and nothing saved was changed.',
  restoreErrors: {
    empty: 'The file is empty.',
    'too-large': 'The file is larger than 1 MB, which is far more than any workshop backup.',
    'not-a-workshop':
      'This file is not a workshop backup. Invitations and participants’ answers are opened elsewhere: answers are imported on the workshop’s own page.',
    corrupt:
      'This workshop backup is damaged or was edited: some of its contents are not valid. Try another copy of the backup.',
    'newer-version':
      'This backup was made by a newer version of this tool. Open the site again to update it, then restore the file.',
    'read-failed': 'The file could not be read. Try choosing it again.',
  },
  restoreClashTitle: 'This workshop is already here',
  restoreClashText:
    'The workshop {organization}, {date} in this browser is the same workshop as the backup (last change here {updated}). Replace it with the backup?',
  replace: 'Replace',
  errorDetails: 'Details',
  storageUnavailable:
    'This browser does not let the site store data (private browsing or a setting). You can keep working, but the workshop will be lost when you close the page: download its backup to keep it.',
  storageFull:
    'Storage in this browser is full, so recent changes are not saved. Download the workshop backup to keep them, then free some space.',
  storageFailed:
    'This browser refused to save recent changes, for a reason other than space. They are kept on this page and tried again every few seconds: download the workshop backup to keep them.',
  tryAgain: 'Try saving again',
  restoreNotStored:
    'The workshop {organization}, {date} is on this page but is not saved in this browser yet. It is saved as soon as storage works again; until then, download its backup to keep it.',
  exportNow: 'Download the backup now',
  storageCorrupt:
    '{count} saved workshop(s) could not be read. They were kept aside, not deleted, and everything else works.',
  downloadCorrupt: 'Download the unreadable data',
  updateAvailable: 'A new version of this site is ready. Your workshops are kept.',
  updateReload: 'Use the new version',
  workshopHeading: 'Workshop: {organization}',
  sectionsLabel: 'Sections of this workshop',
  editDetails: 'Edit details',
  detailsHeading: 'Workshop details',
  save: 'Save',
  detailsSaved: 'The workshop details were saved.',
  participantsHeading: 'Participants and invitations',
  participantsLead:
    'Send each participant their own invitation: a code to paste, a link to open, or a file. They answer in their own browser and hand their answers back to you; answers can only be imported into this workshop.',
  answerHereHint:
    'Several people can also answer in turn on this device: “Answer on this device” opens the questionnaire for that person, who sees only their own answers. When they finish, they hand in on this device and their answers go straight into this workshop.',
  unnamed: 'Participant without a name',
  answersIn: 'Answers handed in {date}',
  answersNotIn: 'No answers yet',
  invitationFor: 'Invitation for {name}',
  copyCode: 'Copy invitation code',
  copyCodeLabel: 'Copy invitation code for {name}',
  copyLink: 'Copy invitation link',
  copyLinkLabel: 'Copy invitation link for {name}',
  downloadInvitation: 'Download invitation file',
  downloadInvitationLabel: 'Download invitation file for {name}',
  answerHere: 'Answer on this device',
  answerHereLabel: 'Answer on this device as {name}',
  removeParticipant: 'Remove',
  removeParticipantLabel: 'Remove {name}',
  codeCopied:
    'The invitation code for {name} was copied. Send it to them: they paste it on the join page.',
  linkCopied:
    'The invitation link for {name} was copied. Send it to them: opening it starts their questionnaire in their own browser.',
  copyRefused: 'This browser did not allow copying. Select the text below and copy it yourself.',
  manualCodeLabel: 'Invitation code for {name}',
  manualLinkLabel: 'Invitation link for {name}',
  invitationDownloaded: '“{file}” was downloaded. Send it to {name}.',
  participationName: 'Workshop {organization}: {name}',
  participantRemoved: '{name} was removed from the workshop.',
  removeParticipantTitle: 'Remove {name} and their answers?',
  removeParticipantText:
    '{name} handed in answers ({date}). Removing them also removes their answers from the alignment and the agenda, and their invitation will no longer be accepted.',
  noParticipants: 'Nobody is invited yet. Add a participant below.',
  addHeading: 'Invite someone else',
  addButton: 'Add participant',
  addNameRequired: 'Enter the participant’s name.',
  participantAdded: '{name} was added. Send them their invitation.',
  participantsFull: 'This workshop has {max} participants, the most a workshop can hold.',
  backupHeading: 'Keep a copy',
  backupText:
    'The backup file holds the participants, the answers handed in and what was agreed. Keep it to carry on in another browser, or in case this one is cleared. It contains everyone’s answers: store it with care.',
  downloadWorkshopBackup: 'Download workshop backup',
  collectHeading: 'Collect answers',
  collectLead:
    'Paste the code a participant sent you, or open the file they sent. Each is checked before anything is added.',
  pasteLabel: 'Submission code',
  pasteHint: 'It starts with “CRMS”.',
  addAnswers: 'Add these answers',
  fileLabel: 'Or open a submission file (.json)',
  imported: 'The answers of {name} ({role}) were added. Questions answered: {count}.',
  importDropped:
    'Answers to questions this version of the questionnaire no longer asks were left out: {count}.',
  importCleared:
    '“Not applicable” answers were cleared because their questions do not allow it; they count as unanswered: {count}.',
  importRoleKept:
    'The answers named the role “{given}”; {name} stays listed as “{role}”, as invited.',
  importRefused: 'Nothing was imported, and the answers already collected did not change.',
  importErrors: {
    empty:
      'Nothing was pasted, or the file is empty. Paste the whole code the participant sent you.',
    'too-large':
      'This is larger than 1 MB, far more than anyone’s answers. Check that you chose the participant’s submission file.',
    'not-a-submission':
      'This is not a participant’s answers (an invitation, perhaps, or another kind of file). Ask the participant for the code or file they got when they handed in.',
    corrupt:
      'These answers are damaged or incomplete: the code may have been cut off when it was copied. Ask the participant to send the whole code again, or the submission file instead.',
    'other-workshop':
      'These answers belong to another workshop (not {organization}, {date}). Ask the participant to use the invitation for this workshop.',
    'other-content-version':
      'These answers were given to another version of the questionnaire than this workshop uses. Ask the participant to open their invitation again, answer, and send you the submission file.',
    'unknown-participant':
      'These answers come from someone who is not on this workshop’s list, perhaps because they were removed. To include them, invite the person again and ask them to answer with the new invitation.',
    duplicate:
      '{name} already handed in answers ({previous}); these answers are from {current}. Which do you want to keep?',
    'newer-version':
      'These answers were made by a newer version of this tool. Open the site again to update it, then import them.',
    'wrong-round':
      'These are answers to a second round, and this workshop has no second round running. Nothing was changed. Start the second round first, or ask the participant for their first-round answers.',
    'stale-round':
      'These answers are for an earlier start of the second round, which was started again since. Nothing was changed. Send the participant the current second-round invitation and ask them to answer again.',
  },
  fileUnreadable: 'The file could not be read. Try choosing it again.',
  keepNewer: 'Keep the newer answers',
  keepEarlier: 'Keep the earlier ones',
  keptNewer: 'The newer answers of {name} replace the earlier ones.',
  keptEarlier: 'The earlier answers of {name} were kept; the newer ones were not imported.',
  handedInHeading: 'Answers handed in: {count} of {invited}',
  handedInEmpty: 'No answers yet. Send the invitations, then import what comes back.',
  handedInItem: '{name} ({role}), handed in {date}. Questions answered: {count}',
  removeAnswers: 'Remove answers',
  removeAnswersLabel: 'Remove the answers of {name}',
  removeAnswersTitle: 'Remove the answers of {name}?',
  removeAnswersText:
    '{name} stays invited and can hand in answers again. The alignment and the agenda will no longer count these answers.',
  answersRemoved: 'The answers of {name} were removed.',
  alignmentHeading: 'Alignment',
  alignmentLead:
    'How far the participants agree, by dimension and question by question. Answers are never shown with names.',
  alignmentTooFew:
    'Alignment needs answers from at least two participants; {count} handed in so far.',
  rolesPooledNote:
    'Roles with fewer than three people are pooled into one group and never shown on their own.',
  rolesHiddenNote:
    'There is no comparison by role: it appears only when every group it shows has at least three people.',
  showIndividual: 'Show individual answers',
  showIndividualHint:
    'Adds the level each person gave, lowest first, without names. Individual answers never appear in the presentation view.',
  dimensionsCaption: 'Alignment by dimension: the participants’ own scores, out of 100',
  colDimension: 'Dimension',
  colScored: 'Participants with a score',
  colMean: 'Mean',
  colMedian: 'Median',
  colRange: 'Range',
  colSd: 'Standard deviation',
  colDisputed: 'Questions without consensus',
  disputedOf: '{disputed} of {compared}',
  rangeValue: '{min}–{max}',
  none: '—',
  questionsHeading: 'Question by question',
  dimensionDisputed: '{disputed} of {compared} compared questions without consensus',
  critical: 'Critical',
  consensus: 'Consensus: the answers are at most one level apart',
  noConsensus: 'No consensus: answers range from level {min} to level {max}',
  consensusUnknown: 'Too few answers with a level to compare',
  colAnswers: 'Answers with a level',
  distributionCaption: 'Answers given',
  colAnswer: 'Answer',
  colCount: 'How many',
  level: 'Level {level}',
  dontKnow: 'Don’t know',
  notApplicable: 'Not applicable',
  roleCaption: 'By role group',
  colGroup: 'Group',
  colPeople: 'People',
  pooledGroup: 'Other roles, pooled ({roles})',
  executivesVsOthers: 'Executives’ mean level: {executives}; everyone else’s: {others}.',
  executivesHigher: 'Executives see {difference} levels more maturity than the rest of the team.',
  executivesLower: 'Executives see {difference} levels less maturity than the rest of the team.',
  executivesSame: 'Executives and the rest of the team see the same maturity on average.',
  individualLevels: 'Individual answers, lowest first, without names: {levels}',
  agendaHeading: 'Discussion agenda',
  agendaLead:
    'Every question, the most disputed first: disagreement (standard deviation of the levels) times the question’s weight. For each, record the answer the team agrees on, and a note.',
  presentLink: 'Present full screen',
  acceptConsensusLead: {
    one: 'On 1 question the team already agrees by the consensus rule. You can agree the suggested level (the median) on it now and spend the meeting on the disputed ones; it can still be changed.',
    other:
      'On {count} questions the team already agrees by the consensus rule. You can agree the suggested level (the median) on all of them at once and spend the meeting on the disputed ones; any of them can still be changed.',
  },
  acceptConsensus: {
    one: 'Agree the suggested level on 1 question with consensus',
    other: 'Agree the suggested level on {count} questions with consensus',
  },
  acceptConsensusDone: {
    one: '1 agreement recorded from the team’s consensus.',
    other: '{count} agreements recorded from the team’s consensus.',
  },
  agendaProgressLabel: 'Agreed answers',
  agendaProgress: '{agreed} of {total} agreed',
  rank: '{rank}.',
  spread: 'levels {min}–{max}, standard deviation {sd}, {count} answers',
  spreadTooFew: 'fewer than two answers with a level ({count})',
  agreedState: 'Agreed: {answer}',
  notAgreedState: 'Not agreed yet',
  notSavedState: 'Not saved yet.',
  suggestion:
    'Suggested from the answers (their median): level {level}. It is preselected, and saved only when you save the agreement.',
  suggestedTag: 'suggested',
  choiceCount: 'Answers: {count}',
  agreedLegend: 'Agreed answer for question {rank}',
  noteLabel: 'Note: what was said, why',
  saveAgreement: 'Save the agreement',
  clearAgreement: 'Clear the agreement',
  chooseFirst: 'Choose the agreed answer first.',
  agreementSaved: 'Saved: question {rank} agreed as {answer}.',
  agreementCleared: 'The agreement for question {rank} was cleared.',
  agreementSynced: 'The consolidated assessment was updated too.',
  consolidateHeading: 'Consolidated assessment',
  consolidateText:
    'The agreed answers and notes form the workshop’s own assessment, with its results, roadmap and PDF report. Questions without an agreed answer stay unanswered.',
  consolidateButton: 'Build the consolidated assessment',
  consolidateNeedsAgreement: 'Record at least one agreed answer in the agenda first.',
  consolidateFailed: 'The workshop is no longer in this browser, so nothing was built.',
  consolidatedReady: 'The consolidated assessment is ready.',
  changeNotStored:
    'Changed on this page, but not saved in this browser yet. It is saved as soon as storage works again; until then, download the workshop backup to keep it.',
  consolidatedNotStored:
    'The consolidated assessment is built on this page but is not saved in this browser yet. It is saved as soon as storage works again.',
  consolidatedExists:
    'The consolidated assessment exists: agreements you record from now on flow into it automatically.',
  consolidatedMissing:
    'The consolidated assessment is no longer in this browser (it was deleted). Build it again from the agreed answers.',
  seeResults: 'See results, roadmap and PDF',
  consolidatedName: 'Workshop — {organization} — {date}',
} as const;
