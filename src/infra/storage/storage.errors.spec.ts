import { mapErrorToProblem } from '../http/problem.mapper';
import {
  fileEmpty,
  fileTooLarge,
  fileTypeUnsupported,
  InvalidStorageKeyError,
  storedFileNotFound,
} from './storage.errors';

describe('storage errors as problem+json', () => {
  it.each([
    ['attachment-too-large', 413, fileTooLarge(20 * 1024 * 1024, 'PDF')],
    // RFC 9110 §15.5.16: 415 also when the format problem is found by inspecting the content.
    ['attachment-type-unsupported', 415, fileTypeUnsupported(['PDF'], 'EXE')],
    ['attachment-empty', 400, fileEmpty()],
    ['stored-file-not-found', 404, storedFileNotFound()],
  ])('%s answers %i', (code, status, error) => {
    const { problem, isUnexpected } = mapErrorToProblem(error);
    expect(problem).toMatchObject({ status, type: `urn:mot-cua:problem:${code}`, title: error.title });
    expect(isUnexpected).toBe(false);
  });

  it('states limits the Vietnamese way', () => {
    expect(fileTooLarge(2.5 * 1024 * 1024).detail).toBe('Tệp đính kèm tối đa 2,5 MB.');
    expect(fileTooLarge(1500).detail).toBe('Tệp đính kèm tối đa 1.500 byte.');
  });

  it('treats an invalid key as a bug (500, logged), never as the client’s fault', () => {
    const { problem, isUnexpected } = mapErrorToProblem(new InvalidStorageKeyError());
    expect(problem.status).toBe(500);
    expect(isUnexpected).toBe(true);
  });
});
