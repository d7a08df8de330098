import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writableSink } from './writable-sink.js';

describe('writableSink', () => {
  it('waits for a slow reader, then goes on when it reads', async () => {
    const body = new PassThrough({ highWaterMark: 4 });
    const sink = writableSink(body);
    const waiting = sink('0123456789');
    expect(waiting).toBeInstanceOf(Promise);
    body.read();
    await expect(waiting).resolves.toBeUndefined();
  });

  it('fails the write in hand when the stream is destroyed (the client went away), and every write after it', async () => {
    const body = new PassThrough({ highWaterMark: 4 });
    const sink = writableSink(body);
    const waiting = sink('0123456789');
    body.destroy();
    await expect(waiting).rejects.toThrow(/was closed before everything was written/);
    await expect(sink('more')).rejects.toThrow(/was closed before everything was written/);
  });
});
