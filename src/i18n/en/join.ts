/** English UI strings: join. */
export const join = {
  title: 'Join a workshop',
  description:
    'Answer a CRM readiness workshop as a participant, on your own device, and hand your answers back to the facilitator. Nothing is sent anywhere.',
  heading: 'Join a workshop',
  lead: 'Open the invitation your facilitator sent you (a link, a code that starts with CRMW1. or a file), answer the questionnaire on this device, then hand your answers back here. They stay on this device until you do.',
  loading: 'Loading…',
  noscript:
    'Answering needs JavaScript. It runs only in your browser: nothing you type is sent anywhere.',
  formHeading: 'Open your invitation',
  codeLabel: 'Invitation code',
  codeHint: 'Paste the whole code, from CRMW1. to the end. Line breaks do not matter.',
  read: 'Read the invitation',
  fileLabel: 'Or open the invitation file (.json)',
  reading: 'Reading the invitation…',
  invitationHeading: 'Your invitation',
  organizationLabel: 'Organization',
  participantLabel: 'Answering as',
  roleLabel: 'Role',
  unnamed: 'No name given',
  unnamedParticipant: 'a participant',
  storageUnavailable:
    'This browser does not let the site store data (private browsing or a setting), so your answers could not be kept until you hand them back. Open the invitation in a normal window or another browser.',
  storageFull:
    'Storage in this browser is full, so your latest answers may not be saved. Hand back your answers now, then free some space.',
  storageFailed:
    'This browser refused to save your latest answers, for a reason other than space. They are kept on this page and tried again every few seconds: download your answers to keep them.',
  exportNow: 'Download your answers',
  tryAgain: 'Try saving again',
  startLead:
    'You answer the same questionnaire as everyone else in the workshop, about {minutes} minutes. You can stop at any time and carry on later on this device.',
  start: 'Start answering',
  assessmentName: 'Workshop — {organization}',
  inProgress:
    'You have already started answering this invitation on this device: {answered} of {total} questions answered. Carry on with those answers rather than starting again.',
  continue: 'Continue your answers',
  handBackNow: 'Hand back your answers',
  otherInvitation: 'Open another invitation',
  errorDetails: 'Details',
  invitationErrors: {
    empty: 'Nothing to read yet: paste the invitation code or choose the invitation file.',
    'too-large':
      'This is far longer than any invitation. Paste only the invitation code, or choose the invitation file the facilitator sent.',
    'not-an-invitation':
      'This is not a workshop invitation. A code that starts with CRMS1. holds a participant’s answers for the facilitator; to join, you need the invitation: a code that starts with CRMW1., or the invitation file.',
    corrupt:
      'This invitation is damaged or incomplete. Copy the whole code again, from CRMW1. to the end, or ask the facilitator to send the invitation again.',
    'newer-version':
      'This invitation was made by a newer version of this tool. Reload this page to update the site, then open the invitation again.',
    'read-failed':
      'The file could not be read. Choose it again, or paste the invitation code instead.',
    'newer-content':
      'This invitation is for a newer version of the questionnaire than this copy of the site. Reload this page to update the site, then open the invitation again.',
    'older-content':
      'This invitation is for an older version of the questionnaire, so the facilitator could not take your answers. Ask the facilitator to update the site on their device and send you a new invitation.',
  },
  handBackHeading: 'Hand back your answers',
  handBackLead: 'You are answering for the {organization} workshop as {name} ({role}).',
  progress: '{answered} of {total} questions answered.',
  progressDontKnow: '{answered} of {total} questions answered, {dontKnow} “Don’t know”.',
  allAnswered: 'You have answered every question.',
  noneBlankSomeUnknown:
    'No question is left blank; your “Don’t know” answers are handed back as they are, so the facilitator knows what is still to find out.',
  someOpen:
    'You can hand back now: questions you have not answered are simply left out. Or go back and finish first.',
  toWizard: 'Go back to the questionnaire',
  notesStay: 'Only your answers are handed back. Your notes stay on this device, for you alone.',
  codeHeading: 'Send a code',
  codeText:
    'Copy this code and send it to the facilitator, for example by e-mail or chat. It holds your answers and nothing else.',
  codeFieldLabel: 'Your answers code',
  preparing: 'Preparing your code…',
  copy: 'Copy the code',
  copied: 'Code copied. Paste it into a message to the facilitator.',
  copyFailed:
    'The code could not be copied automatically. It is selected in the box: copy it with Ctrl+C (⌘+C on a Mac).',
  fileHeading: 'Or send a file',
  fileText: 'Download your answers as a file and send it to the facilitator.',
  download: 'Download answers file',
  downloaded: '“{file}” was downloaded. Send it to the facilitator.',
  deviceHeading: 'Hand in on this device',
  deviceText:
    'The {organization} workshop is set up on this device. Hand your answers in directly: they go into the workshop and are removed from this device, so the next person cannot see them.',
  handIn: 'Hand in to the workshop on this device',
  handingIn: 'Handing in your answers…',
  thanksHeading: 'Thank you — please hand the device back to the facilitator',
  thanksText:
    'Your answers are in the workshop, and your own copy has been removed from this device.',
  toWorkshop: 'Open the workshop (facilitator)',
  handInUnchanged: 'Nothing changed in the workshop, and your answers are still on this device.',
  handInErrors: {
    empty:
      'Your answers could not be read back. Download the answers file instead and give it to the facilitator.',
    'too-large':
      'Your answers could not be read back. Download the answers file instead and give it to the facilitator.',
    'not-a-submission':
      'Your answers could not be read back. Download the answers file instead and give it to the facilitator.',
    corrupt:
      'Your answers could not be read back. Download the answers file instead and give it to the facilitator.',
    'newer-version':
      'Your answers could not be read back. Download the answers file instead and give it to the facilitator.',
    'other-workshop':
      'The workshop your invitation is for is no longer on this device. Download the answers file and give it to the facilitator.',
    'other-content-version':
      'The workshop was set up with another version of the questionnaire than the one you answered. Download the answers file and ask the facilitator what to do.',
    'unknown-participant':
      'You are no longer on this workshop’s list of participants. Ask the facilitator to add you again, then hand in again.',
    duplicate:
      'Answers from you were already handed in to this workshop. Download the answers file and give it to the facilitator, who can replace the earlier answers with these.',
    'wrong-round':
      'The second round these answers are for is not running on this device. Download the answers file and give it to the facilitator.',
    'stale-round':
      'The facilitator has started the second round again since your invitation. Ask for the current second-round invitation and answer again.',
  },
  notFound:
    'These answers are not on this device. They may have been handed in already, or deleted.',
  notParticipant:
    'This assessment was not started from a workshop invitation, so there is nothing to hand back.',
  toJoin: 'Open an invitation',
  toList: 'Go to your assessments',
} as const;
