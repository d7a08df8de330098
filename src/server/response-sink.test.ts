import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { responseSink } from './response-sink.js';

describe('responseSink', () => {
  it('waits for a slow reader, then goes on when it reads', async () => {
    const body = new PassThrough({ highWaterMark: 4 });
    const sink = responseSink(body);
    const waiting = sink('0123456789');
    expect(waiting).toBeInstanceOf(Promise);
    body.read();
    await expect(waiting).resolves.toBeUndefined();
  });

  it('fails the write in hand when the client goes away, and every write after it', async () => {
    const body = new PassThrough({ highWaterMark: 4 });
    const sink = responseSink(body);
    const waiting = sink('0123456789');
    body.destroy();
    await expect(waiting).rejects.toThrow(/client closed the connection/);
    await expect(sink('more')).rejects.toThrow(/client closed the connection/);
  });
});
