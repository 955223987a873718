import { Injectable } from '@nestjs/common';
import { toCitizenProfile } from '../citizens/citizen.mapper';
import { CitizensService } from '../citizens/citizens.service';
import { type Principal } from '../domain/principal';
import { type StaffUserDto, toStaffUserDto } from '../users/staff-user.mapper';
import { UsersService } from '../users/users.service';
import { type MeDto } from './me.dto';

@Injectable()
export class MeService {
  constructor(
    private readonly citizens: CitizensService,
    private readonly users: UsersService,
  ) {}

  async describe(principal: Principal): Promise<MeDto> {
    if (principal.kind === 'citizen') {
      return { kind: 'citizen', citizen: toCitizenProfile(await this.citizens.readOwnProfile(principal.id)) };
    }
    const staff: StaffUserDto = toStaffUserDto(await this.users.getOwn(principal));
    return { kind: 'staff', staff };
  }

  // Each account changes its own password only: the principal says whose, the body cannot.
  changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    if (principal.kind === 'citizen') {
      return this.citizens.changeOwnPassword(principal.id, currentPassword, newPassword);
    }
    return this.users.changeOwnPassword(principal, currentPassword, newPassword);
  }
}
