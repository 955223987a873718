import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CitizenProfileDto } from '../citizens/citizen.mapper';
import { StaffUserDto } from '../users/staff-user.mapper';

export class MeDto {
  @ApiProperty({ enum: ['staff', 'citizen'] })
  kind!: 'staff' | 'citizen';

  @ApiPropertyOptional({ type: StaffUserDto })
  staff?: StaffUserDto;

  @ApiPropertyOptional({ type: CitizenProfileDto })
  citizen?: CitizenProfileDto;
}
