import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../domain/roles';
import { type StaffUser } from './staff-user.entity';

export class StaffUserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'canbo.phuong1' })
  username!: string;

  @ApiProperty({ example: 'Trần Văn Minh' })
  fullName!: string;

  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty()
  active!: boolean;

  @ApiProperty()
  mustChangePassword!: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  lockedUntil!: string | null;
}

export function toStaffUserDto(user: StaffUser): StaffUserDto {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    agencyId: user.agencyId,
    roles: (user.roles ?? []).map((role) => role.role as Role).sort(),
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    lockedUntil:
      user.lockedUntil && user.lockedUntil.getTime() > Date.now() ? user.lockedUntil.toISOString() : null,
  };
}

export class StaffUserPageDto {
  @ApiProperty({ type: [StaffUserDto] })
  items!: StaffUserDto[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty()
  total!: number;
}

export function toStaffUserPage(page: {
  items: StaffUser[];
  page: number;
  pageSize: number;
  total: number;
}): StaffUserPageDto {
  return { ...page, items: page.items.map(toStaffUserDto) };
}
