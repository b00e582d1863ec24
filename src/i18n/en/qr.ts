/** English UI strings: QR codes to join a workshop and hand answers back, the scanner, the tally (#18). */
export const qr = {
  joinHeading: 'Join with a phone',
  joinLead:
    'Each person points their phone’s camera at their own code: it opens the join page with their invitation. The check code beside it lets them see it is theirs.',
  whoseInvitation: 'Invitation of',
  handedInMark: '{name} (handed in)',
  joinImageAlt: 'QR code of {name}’s invitation link to join the workshop',
  checkCode: 'Check code',
  linkLabel: 'Invitation link of {name}',
  linkHint: 'The same invitation as text, to copy or read out.',
  preparing: 'Drawing the code…',
  showQr: 'Show QR',
  showQrLabel: 'Show {name}’s invitation as a QR code',
  joinToggle: 'Join codes',
  handBackHeading: 'Hand in by QR code',
  handBackLead:
    'Show this code to the facilitator’s camera (“Scan answers” on the workshop page). Nothing is sent over the internet.',
  handBackPartsLead: 'Your answers need {total} codes: show them one after another, in any order.',
  handBackImageAlt: 'QR code of your answers for the facilitator to scan',
  handBackPartAlt: 'QR code {n} of {total} of your answers for the facilitator to scan',
  partOf: 'Code {n} of {total}',
  previousPart: 'Previous code',
  nextPart: 'Next code',
  tooLargeForQr:
    'Your answers are too long for QR codes: hand them in as the code or the file below.',
  scanButton: 'Scan answers',
  scanHeading: 'Scan answers',
  scanLead:
    'Hold a participant’s QR code in front of this device’s camera. Answers are added as soon as they are read; scan the next person, then stop.',
  stopScanning: 'Stop scanning',
  closeScan: 'Close',
  videoLabel: 'Camera view',
  starting: 'Starting the camera…',
  scanning: 'Camera on: waiting for a QR code.',
  cameraOff: 'Camera off.',
  cameraDenied:
    'The camera may not be used here. Allow it in the browser’s settings for this site, or paste the participant’s code or open their file instead.',
  noCamera:
    'No camera was found on this device. Paste the participant’s code or open their file instead.',
  cameraFailed:
    'The camera could not be started. Paste the participant’s code or open their file instead.',
  partRead: '{n} of {total} codes read. Still to scan: {missing}.',
  partsMixed:
    'That code belongs to another sequence: scan all of one person’s codes first. Nothing was added.',
  partsOtherWorkshop: 'That code is from another workshop. Nothing was added.',
  partsCorrupt: 'That QR code is damaged or not one of ours. Nothing was added.',
  alreadyCollected: '{name}’s answers were already collected: they were not counted twice.',
  tallyLabel: 'Who has handed in',
  tallyLine: '{handedIn} of {invited} have handed in',
  tallyRole: '{role}: {handedIn} of {invited}',
  tallyOthers: 'other roles: {handedIn} of {invited}',
} as const;
