import { randomBytes } from 'node:crypto';
import { InvalidStorageKeyError } from './storage.errors';

// 128 random bits as lowercase hex: unguessable, collision-free in practice, and a shape that
// cannot name a separator, a dot or anything outside the storage folder.
const STORAGE_KEY = /^[0-9a-f]{32}$/;

export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

export function isStorageKey(key: unknown): key is string {
  return typeof key === 'string' && STORAGE_KEY.test(key);
}

export function assertStorageKey(key: unknown): asserts key is string {
  if (!isStorageKey(key)) {
    throw new InvalidStorageKeyError();
  }
}

// The first two hex characters pick one of 256 folders, so no folder grows past what
// directory listings and backups handle comfortably (220,000 dossiers a year, several scans each).
export function shardOf(key: string): string {
  assertStorageKey(key);
  return key.slice(0, 2);
}
