/**
 * The read cap of transfer-text.ts (MAX_TRANSFER_BYTES, 1 MB of UTF-8) for the panels that only
 * hand it to the file picker: a module of its own, so those panels' pages do not download the
 * readers with it (#12). A test holds the two equal.
 */
export const MAX_TRANSFER_BYTES = 1_000_000;
