/** Page changes that wait for storage: a write still under way would be lost with the page. */
import { whenAllSaved } from '../../stores/record-store';

/**
 * Goes to `href` once every change made on this page is stored. When a write was refused it goes
 * anyway, and the page's leave guard asks the user first.
 */
export function goWhenSaved(href: string): void {
  void whenAllSaved().then(() => globalThis.location.assign(href));
}
