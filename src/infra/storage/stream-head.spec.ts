import { Readable } from 'node:stream';
import { readHead } from './stream-head';

const chunks = (...texts: string[]): Readable => Readable.from(texts.map((text) => Buffer.from(text)));

describe('reading the head of a stream', () => {
  it('gives the first bytes and still the whole content, across chunk boundaries', async () => {
    const { head, whole } = await readHead(chunks('%PD', 'F-1.4\n', 'rest of the scan'), 5);
    expect(head.toString()).toBe('%PDF-');
    expect(Buffer.concat(await whole.toArray()).toString()).toBe('%PDF-1.4\nrest of the scan');
  });

  it('gives a shorter head when the whole stream is shorter', async () => {
    const { head, whole } = await readHead(chunks('ab'), 4096);
    expect(head.toString()).toBe('ab');
    expect(Buffer.concat(await whole.toArray()).toString()).toBe('ab');
  });

  it('gives an empty head and an empty stream for an empty source', async () => {
    const { head, whole } = await readHead(Readable.from([]), 4096);
    expect(head.length).toBe(0);
    expect(await whole.toArray()).toEqual([]);
  });

  it('reads no further than the chunk that completes the head', async () => {
    let pulled = 0;
    function* source(): Generator<Buffer> {
      for (let index = 0; index < 100; index += 1) {
        pulled += 1;
        yield Buffer.alloc(1000);
      }
    }
    const { whole } = await readHead(Readable.from(source()), 2500);
    expect(pulled).toBe(3);
    whole.destroy();
  });

  it('destroys the source when the whole stream is destroyed', async () => {
    const source = chunks('a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10));
    const { whole } = await readHead(source, 5);
    whole.destroy();
    await new Promise((resolve) => whole.once('close', resolve));
    expect(source.destroyed).toBe(true);
  });
});
