import { withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('gives the result when it comes in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 50)).resolves.toBe(42);
  });

  it('fails with the given wording when it does not', async () => {
    await expect(withTimeout(new Promise(() => undefined), 10, 'Redis did not answer')).rejects.toThrow(
      'Redis did not answer in 10 ms',
    );
  });
});
