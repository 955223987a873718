import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class RegisterCitizenDto {
  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName!: string;

  @ApiPropertyOptional({ example: '0905123456', description: 'Phone number or e-mail: at least one' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string;

  @ApiPropertyOptional({ example: 'lan.nguyen@example.vn' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiProperty({ example: 'Hoa-sen-2026', minLength: 10 })
  @IsString()
  @MaxLength(128)
  password!: string;

  @ApiPropertyOptional({
    example: '054200001234',
    description: 'Citizen ID (12 digits) or old ID card (9 digits); stored encrypted',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  idNumber?: string;
}
