import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { Agency } from '../../catalog/agencies/agency.entity';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import { DossierCodeCounterRepository } from './dossier-code-counter.repository';

describe('dossier code sequence per desk per day', () => {
  let testApp: TestApp;
  let deskId: string;

  beforeAll(async () => {
    // The 200 transactions queue on one row lock, so most of them wait for a pooled connection
    // far longer than a request would; on a loaded CI machine that wait passed the default 5 s.
    testApp = await createTestApp({ env: { DB_POOL_SIZE: '20', DB_POOL_WAIT_MS: '120000' } });
    deskId = (
      await testApp.app
        .get(DataSource)
        .getRepository(Agency)
        .findOneByOrFail({ key: 'PY-COMMUNE-22015-DESK' })
    ).id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  const takeInTransaction = (day: string, rollback = false) =>
    testApp.app
      .get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost)
      .withTransaction(async () => {
        const number = await testApp.app.get(DossierCodeCounterRepository).takeNext(deskId, day);
        if (rollback) {
          throw new Error(`rolled back ${number}`);
        }
        return number;
      });

  it('gives 200 parallel intakes at one desk on one day the numbers 1 to 200, once each', async () => {
    const numbers = await Promise.all(Array.from({ length: 200 }, () => takeInTransaction('2025-03-03')));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
  });

  it('starts again at 1 the next day and for another desk, and gives a rolled-back number back', async () => {
    expect(await takeInTransaction('2025-03-04')).toBe(1);
    await expect(takeInTransaction('2025-03-04', true)).rejects.toThrow('rolled back 2');
    expect(await takeInTransaction('2025-03-04')).toBe(2);
  });
});
