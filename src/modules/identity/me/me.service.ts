import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { RefreshTokenService } from '../auth/refresh-token.service';
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
    private readonly refreshTokens: RefreshTokenService,
  ) {}

  async describe(principal: Principal): Promise<MeDto> {
    if (principal.kind === 'citizen') {
      return { kind: 'citizen', citizen: toCitizenProfile(await this.citizens.readOwnProfile(principal.id)) };
    }
    const staff: StaffUserDto = toStaffUserDto(await this.users.getOwn(principal));
    return { kind: 'staff', staff };
  }

  // Each account changes its own password only: the principal says whose, the body cannot. Its
  // other sessions end in the same transaction (whoever knew the old password may hold one); the
  // session that changed it stays signed in when it shows its refresh token.
  @Transactional()
  async changePassword(
    principal: Principal,
    currentPassword: string,
    newPassword: string,
    keptSession?: string,
  ): Promise<void> {
    if (principal.kind === 'citizen') {
      await this.citizens.changeOwnPassword(principal.id, currentPassword, newPassword);
    } else {
      await this.users.changeOwnPassword(principal, currentPassword, newPassword);
    }
    await this.refreshTokens.revokeAllOf({ kind: principal.kind, id: principal.id }, keptSession);
  }
}
