import { type EntityManager } from 'typeorm';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { Citizen } from '../../src/modules/identity/citizens/citizen.entity';
import { StaffUser } from '../../src/modules/identity/users/staff-user.entity';
import { type Seed, type SeedContext } from '../seed';
import { DEMO_CITIZEN, DEMO_PASSWORD, DEMO_STAFF } from './demo-accounts';

// Creates missing demo accounts; an existing one (maybe with a changed password) is left alone.
export const demoAccountsSeed: Seed = {
  name: 'demo-accounts',
  async run(manager: EntityManager, context: SeedContext): Promise<void> {
    if (!context.includeDemoData) {
      return;
    }
    const users = manager.getRepository(StaffUser);
    const agencies = manager.getRepository(Agency);
    let created = 0;
    for (const account of DEMO_STAFF) {
      if (await users.existsBy({ username: account.username })) {
        continue;
      }
      const agency = await agencies.findOneBy({ key: account.agencyKey });
      if (!agency) {
        context.log(`Demo account ${account.username} skipped: agency ${account.agencyKey} is not seeded`);
        continue;
      }
      await users.save(
        users.create({
          username: account.username,
          fullName: account.fullName,
          agencyId: agency.id,
          passwordHash: await context.hashPassword(DEMO_PASSWORD),
          roles: account.roles.map((role) => ({ role })),
        }),
      );
      created += 1;
    }
    const citizens = manager.getRepository(Citizen);
    if (!(await citizens.existsBy({ email: DEMO_CITIZEN.email }))) {
      await citizens.insert({
        fullName: DEMO_CITIZEN.fullName,
        email: DEMO_CITIZEN.email,
        phoneLookup: context.cipher.lookupHash(DEMO_CITIZEN.phone),
        phoneEncrypted: context.cipher.encrypt(DEMO_CITIZEN.phone),
        phoneLast3: DEMO_CITIZEN.phone.slice(-3),
        passwordHash: await context.hashPassword(DEMO_PASSWORD),
      });
      created += 1;
    }
    if (created > 0) {
      context.log(`Created ${created} demo accounts (development mode only; password in the README)`);
    }
  },
};
