/** English UI strings: following the plan through (#16): progress, KPI measurements, reassessing. */
export const follow = {
  /** Why a change to progress, a measurement or a KPI figure was refused; nothing was saved. */
  errors: {
    'invalid-date': 'Give a real day as yyyy-mm-dd, e.g. 2027-03-31.',
    'future-date': 'That day has not come yet: give today or an earlier day.',
    'before-plan-start': 'That day is before the plan starts: give a day from the plan start on.',
    'finish-before-start': 'The finish is before the start: give a finish on or after the start.',
    'reason-required': 'Say why the initiative is dropped, so the next review knows.',
    'too-long': 'That is too long: keep it to 500 characters.',
    'unknown-status': 'Choose one of the statuses offered.',
    empty: 'Type a number.',
    'not-a-number': 'That is not a number: type digits, e.g. 1,234.5.',
    'out-of-range': 'That value is outside the KPI’s range (a percentage runs from 0 to 100).',
    'duplicate-date': 'This KPI already has a measurement on that day: change or remove that one.',
    'too-many': 'This KPI has as many measurements as it can keep: remove an old one first.',
    'note-too-long': 'The note is too long: keep it to 500 characters.',
    'not-found': 'This assessment is no longer in this browser: reload the page.',
    'invalid-id': 'Choose the organization’s earlier assessment from the list.',
    'target-before-start': 'The target date must come after the plan start.',
  },
  /** An initiative's status as the team records it, and `late` as the plan shows it. */
  statuses: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
    dropped: 'Dropped',
    late: 'Late',
  },
} as const;
