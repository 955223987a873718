import { ApiProperty } from '@nestjs/swagger';

export class FormPaperDto {
  @ApiProperty({ enum: ['A4', 'A5'] }) size!: string;
  @ApiProperty({ enum: ['portrait', 'landscape'] }) orientation!: string;
}

export class DossierFormDto {
  @ApiProperty({ example: 'control-sheet', description: 'The file name without .pdf/.json' })
  name!: string;
  @ApiProperty({ example: 'process-control' }) kind!: string;
  @ApiProperty({ example: '05', description: 'Mẫu số in the form set that applies to this dossier' })
  number!: string;
  @ApiProperty({ example: 'Phiếu kiểm soát quá trình giải quyết hồ sơ' }) title!: string;
  @ApiProperty({ type: FormPaperDto }) paper!: FormPaperDto;
  @ApiProperty() isAvailable!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Why it is not available yet (Vietnamese)' })
  reason!: string | null;
  @ApiProperty({ example: '/api/v1/dossiers/{id}/forms/control-sheet.pdf' }) pdf!: string;
  @ApiProperty({ example: '/api/v1/dossiers/{id}/forms/control-sheet.json' }) json!: string;
}

export class DossierFormListDto {
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ example: 'TT03-2025', description: 'The set in force on the receipt day' })
  formSetId!: string;
  @ApiProperty({ example: 'Thông tư số 03/2025/TT-VPCP' }) legalBasis!: string;
  @ApiProperty({ description: 'False while the set follows a secondary source' })
  isFormSetConfirmed!: boolean;
  @ApiProperty({ type: [DossierFormDto] }) forms!: DossierFormDto[];
}
