/**
 * Share links, as a URL fragment: `#share=<code>`. Kept apart from the code's writer
 * (share-hash.ts) and reader (share-code.ts), so a page that only looks for a code in its address
 * loads neither the compression nor the schemas.
 */

/** The fragment parameter that carries a share code. */
const SHARE_PARAM = 'share=';

/** Reads the share code from a URL fragment such as `#share=<code>`; null when there is none. */
export function getShareCodeFromHash(hash: string): string | null {
  const parts = hash.replace(/^#/, '').split('&');
  const part = parts.find((p) => p.startsWith(SHARE_PARAM));
  const code = part?.slice(SHARE_PARAM.length).trim() ?? '';
  return code === '' ? null : code;
}

/** Builds the URL fragment that carries a share code. */
export function toShareHash(code: string): string {
  return `#${SHARE_PARAM}${code}`;
}
