import type { Writable } from 'node:stream';

/**
 * A text sink writing into a response body stream, waiting while the client reads slowly. When
 * the client goes away (the body is destroyed) the write in hand fails instead of waiting for a
 * drain that never comes: an export writing inside a store transaction ends, and gives back its
 * connection (on the embedded store, the only one every other request waits for).
 */
export function responseSink(body: Writable): (chunk: string) => void | Promise<void> {
  const gone = () => new Error('the client closed the connection before the export was sent');
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
