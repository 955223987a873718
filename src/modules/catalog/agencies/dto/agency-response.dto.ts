import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_KINDS, SUCCESSION_SHARES } from '../domain/agency-kinds';

export class AgencyRefResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'PY-DISTRICT-560' })
  key!: string;

  @ApiProperty({ example: 'Ủy ban nhân dân huyện Sơn Hòa' })
  name!: string;

  @ApiProperty({ example: 'UBND huyện Sơn Hòa' })
  shortName!: string;

  @ApiProperty({ example: 'DISTRICT' })
  level!: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  kind!: string;

  @ApiProperty({ format: 'date' })
  validFrom!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  validTo!: string | null;
}

export class AgencyResponse extends AgencyRefResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '000.00.35.H55', description: 'QCVN 102:2016' })
  qcvnCode!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'H55.35', description: 'Quyết định 20/2020/QĐ-TTg' })
  decision20Code!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '560' })
  gsoCode!: string | null;

  @ApiProperty({ type: String, nullable: true })
  address!: string | null;
}

export class AgencySuccessionResponse {
  @ApiProperty({ type: AgencyRefResponse })
  agency!: AgencyRefResponse;

  @ApiProperty({ enum: SUCCESSION_SHARES })
  share!: string;

  @ApiProperty({ format: 'date' })
  effectiveDate!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

export class AgencyDetailResponse extends AgencyResponse {
  @ApiProperty({ type: [AgencyRefResponse], description: 'Các cơ quan cấp trên, từ gốc xuống' })
  ancestors!: AgencyRefResponse[];

  @ApiProperty({ type: [AgencySuccessionResponse], description: 'Các cơ quan mà cơ quan này kế thừa' })
  predecessors!: AgencySuccessionResponse[];

  @ApiProperty({ type: [AgencySuccessionResponse], description: 'Các cơ quan kế thừa cơ quan này' })
  successors!: AgencySuccessionResponse[];
}

export class AgencyPageResponse {
  @ApiProperty({ type: [AgencyResponse] })
  items!: AgencyResponse[];

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 50 })
  pageSize!: number;

  @ApiProperty({ example: 277 })
  total!: number;
}
