import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Citizen } from './citizen.entity';

export class CitizenProfileDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  fullName!: string;

  @ApiPropertyOptional({ nullable: true, example: 'lan.nguyen@example.vn' })
  email!: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Masked: only the last 3 digits',
    example: '*******456',
  })
  phone!: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Masked: only the last 3 digits',
    example: '*********234',
  })
  idNumber!: string | null;
}

const masked = (last3: string | null, length: number): string | null =>
  last3 ? `${'*'.repeat(length - 3)}${last3}` : null;

// Personal identifiers leave the API masked; the full values stay encrypted at rest.
export function toCitizenProfile(citizen: Citizen): CitizenProfileDto {
  return {
    id: citizen.id,
    fullName: citizen.fullName,
    email: citizen.email,
    phone: masked(citizen.phoneLast3, 10),
    idNumber: masked(citizen.idNumberLast3, 12),
  };
}
