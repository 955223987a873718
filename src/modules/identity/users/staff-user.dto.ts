import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQuery } from '../../../infra/http/page-query';
import { ROLES, type Role } from '../domain/roles';

export class CreateStaffUserDto {
  @ApiProperty({ example: 'canbo.phuong1', description: 'a-z, 0-9, . _ -; starts with a letter' })
  @Matches(/^[a-z][a-z0-9._-]{2,63}$/)
  username!: string;

  @ApiProperty({ example: 'Trần Văn Minh' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['CLERK'] })
  @IsIn(ROLES, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  roles!: Role[];

  @ApiProperty({
    description: 'Initial password; the user must change it at first sign-in',
    example: 'Tam-thoi-2026',
  })
  @IsString()
  @MaxLength(128)
  password!: string;
}

export class UpdateStaffUserDto {
  @ApiPropertyOptional({ example: 'Trần Văn Minh' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsIn(ROLES, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  roles?: Role[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'Temporary password; the user must change it at next sign-in' })
  @IsString()
  @MaxLength(128)
  newPassword!: string;
}

export class ListStaffUsersQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Accent-insensitive search in username and full name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
