import type { Writable } from 'node:stream';

/**
 * A text sink writing into a stream (a file, a response body), waiting while it drains. When the
 * stream is destroyed (a failed disk, a client gone) the write in hand fails instead of waiting
 * for a drain that never comes, so the writer ends and gives back what it holds (a store
 * transaction: on the embedded store, the one connection every other request waits for).
 */
export function writableSink(body: Writable): (chunk: string) => void | Promise<void> {
  const gone = () => new Error('the stream written to was closed before everything was written');
  return (chunk) => {
    if (body.destroyed) return Promise.reject(gone());
    if (body.write(chunk)) return undefined;
    return new Promise<void>((done, fail) => {
      const onDrain = () => {
        body.off('close', onClose);
        done();
      };
      const onClose = () => {
        body.off('drain', onDrain);
        fail(gone());
      };
      body.once('drain', onDrain);
      body.once('close', onClose);
    });
  };
}
