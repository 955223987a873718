import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../domain/roles';

// One entry of an agency's staff directory: enough to pick a handler by name, nothing more
// (no contact details, no account state).
export class AgencyHandlerDto {
  @ApiProperty({ format: 'uuid', description: 'The account id to send as `assigneeId`' })
  id!: string;

  @ApiProperty({ example: 'chuyenvien.phuong1' })
  username!: string;

  @ApiProperty({ example: 'Trần Văn Minh' })
  fullName!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty({ example: 'UBND Phường 1', description: 'The agency or unit the account belongs to' })
  agencyName!: string;
}

export class AgencyHandlerListDto {
  @ApiProperty({ type: [AgencyHandlerDto] })
  items!: AgencyHandlerDto[];
}
