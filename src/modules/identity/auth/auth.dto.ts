import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES } from '../domain/roles';

export class LoginDto {
  @ApiProperty({
    description: 'Staff username, or a citizen phone number or e-mail',
    example: 'canbo.phuong1',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  login!: string;

  @ApiProperty({ example: 'Hoa-sen-2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password!: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token returned by login or the previous refresh' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  refreshToken!: string;
}

export class PrincipalDto {
  @ApiProperty({ enum: ['staff', 'citizen'] })
  kind!: 'staff' | 'citizen';

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ required: false, example: 'canbo.phuong1' })
  username?: string;

  @ApiProperty({ required: false, enum: ROLES, isArray: true })
  roles?: readonly string[];

  @ApiProperty({ required: false, format: 'uuid' })
  agencyId?: string;
}

export class SessionDto {
  @ApiProperty({ description: 'JWT (HS256) for the Authorization: Bearer header' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Lifetime of the access token in seconds', example: 900 })
  expiresIn!: number;

  @ApiProperty({ description: 'Single-use: each refresh returns a new one' })
  refreshToken!: string;

  @ApiProperty({ type: PrincipalDto })
  principal!: PrincipalDto;

  @ApiProperty({ description: 'The password was set by an administrator and must be changed now' })
  mustChangePassword!: boolean;
}
