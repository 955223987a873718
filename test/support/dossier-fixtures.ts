import { DataSource } from 'typeorm';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { type TestApp } from './test-app';

export interface SeededProcedure {
  id: string;
  documentCount: number;
}

// The seeded, real "Đăng ký khai sinh" (commune level, same day, online level 3), found the way
// a clerk finds it: through the public search.
export async function findBirthRegistration(testApp: TestApp): Promise<SeededProcedure> {
  const search = await testApp
    .http()
    .get('/api/v1/procedures')
    .query({ q: 'đăng ký khai sinh', level: 'COMMUNE' });
  const found = (search.body.items as Array<{ id: string; name: string }>).find(
    (item) => item.name === 'Đăng ký khai sinh',
  );
  if (!found) {
    throw new Error('the seeded procedure "Đăng ký khai sinh" was not found');
  }
  const detail = await testApp.http().get(`/api/v1/procedures/${found.id}`);
  const documents = (detail.body.currentVersion?.documents ?? detail.body.documents ?? []) as unknown[];
  return { id: found.id, documentCount: documents.length };
}

export function findAgency(testApp: TestApp, key: string): Promise<Agency> {
  return testApp.app.get(DataSource).getRepository(Agency).findOneByOrFail({ key });
}

// Every document of the published list, ticked as handed in.
export function fullChecklist(documentCount: number): Array<{ documentIndex: number; provided: boolean }> {
  return Array.from({ length: documentCount }, (_, documentIndex) => ({ documentIndex, provided: true }));
}
