import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Citizen } from '../citizens/citizen.entity';
import { type Principal } from '../domain/principal';
import { isRole } from '../domain/roles';
import { StaffUser } from '../users/staff-user.entity';

// Rebuilds a principal from the database (at sign-in and refresh), so role changes and
// deactivation take effect at the next refresh at the latest.
@Injectable()
export class PrincipalLoader {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async loadStaff(id: string): Promise<{ principal: Principal; user: StaffUser } | null> {
    const user = await this.txHost.tx
      .getRepository(StaffUser)
      .findOne({ where: { id }, relations: { roles: true } });
    if (!user?.active) {
      return null;
    }
    return {
      user,
      principal: {
        kind: 'staff',
        id: user.id,
        username: user.username,
        agencyId: user.agencyId,
        roles: (user.roles ?? []).map((role) => role.role).filter(isRole),
      },
    };
  }

  async loadCitizen(id: string): Promise<Principal | null> {
    const citizen = await this.txHost.tx.getRepository(Citizen).findOneBy({ id });
    return citizen ? { kind: 'citizen', id: citizen.id } : null;
  }
}
