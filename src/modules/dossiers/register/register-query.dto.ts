import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Which receipt days of the year to print (Vietnamese dates, both inclusive); the whole year when
// absent. A page is always a continuous run of numbers (Circular 01/2018 art. 10).
export class RegisterQueryDto {
  @ApiPropertyOptional({ example: '2026-03-01', description: 'First receipt day (YYYY-MM-DD, Vietnam)' })
  @IsOptional()
  @Matches(ISO_DATE)
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last receipt day, inclusive' })
  @IsOptional()
  @Matches(ISO_DATE)
  to?: string;
}
