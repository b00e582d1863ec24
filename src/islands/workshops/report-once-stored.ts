/** Success messages on the workshop page that wait for storage (#15). */
import { whenAllSaved } from '../../stores/record-store';
import type { Status } from './StatusMessage';

/**
 * Reports `done` once every change made on the page so far is stored (the workshop, and the
 * consolidated assessment an agreement flows into); when storage refused one, says instead that
 * the change is kept on this page only, so no success is shown for something not stored.
 */
export function reportOnceStored(
  report: (status: Status) => void,
  done: Status,
  notStored: string,
): void {
  void whenAllSaved().then((stored) =>
    report(stored ? done : { text: notStored, tone: 'warning', focus: done.focus }),
  );
}
