/** Reads a byte stream into one array, with a cap, so an inflating stream cannot exhaust memory. */

/**
 * Reads a byte stream to its end. Past `limit` bytes it stops, cancels the stream and returns
 * null. A stream error (such as damaged deflate data) rejects.
 */
export async function readBytes(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > limit) {
      // The answer is already known; a failure to cancel changes nothing.
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
