import { describe, expect, it } from 'vitest';
import { readBytes } from '~/domain/assessment/read-bytes';

/** A stream of the given chunks; `onCancel` runs if the reader cancels it. */
function streamOf(chunks: number[][], onCancel: () => void | Promise<void> = () => undefined) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
    cancel: onCancel,
  });
}

describe('readBytes', () => {
  it('joins every chunk into one array', async () => {
    expect(await readBytes(streamOf([[1, 2], [], [3]]), 10)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('reads exactly up to the limit', async () => {
    expect(await readBytes(streamOf([[1, 2], [3]]), 3)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('stops past the limit, cancels the stream and returns null', async () => {
    let cancelled = false;
    const stream = streamOf([[1, 2], [3, 4], [5]], () => {
      cancelled = true;
    });
    expect(await readBytes(stream, 3)).toBeNull();
    expect(cancelled).toBe(true);
  });

  it('returns null past the limit even when cancelling fails', async () => {
    const stream = streamOf([[1, 2, 3, 4], [5]], () => Promise.reject(new Error('cannot cancel')));
    expect(await readBytes(stream, 3)).toBeNull();
  });

  it('rejects when the stream errors', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.error(new Error('damaged'));
      },
    });
    await expect(readBytes(stream, 10)).rejects.toThrow('damaged');
  });
});
