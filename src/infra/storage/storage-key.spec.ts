import { InvalidStorageKeyError } from './storage.errors';
import { isStorageKey, newStorageKey, shardOf } from './storage-key';

describe('storage keys', () => {
  it('are 32 lowercase hex characters, distinct, sharded by their first two', () => {
    const keys = Array.from({ length: 1000 }, () => newStorageKey());
    expect(keys.every(isStorageKey)).toBe(true);
    expect(new Set(keys).size).toBe(1000);
    expect(shardOf('0f'.repeat(16))).toBe('0f');
  });

  it.each([undefined, null, 42, '', '../x', 'F'.repeat(32), `${'a'.repeat(32)}\n`])('refuse %p', (key) => {
    expect(isStorageKey(key)).toBe(false);
  });

  it('never shards an invalid key', () => {
    expect(() => shardOf('../../etc/passwd')).toThrow(InvalidStorageKeyError);
  });
});
