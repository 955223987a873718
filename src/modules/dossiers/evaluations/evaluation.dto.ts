import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  EVALUATION_INDICES,
  EVALUATION_SCORES,
  type EvaluationIndexCode,
  type EvaluationScore,
} from './domain';

// One decorator per index: required, 0, 1 or 2, documented with the index's label and scale.
function Score(code: EvaluationIndexCode): PropertyDecorator {
  const index = EVALUATION_INDICES.find((candidate) => candidate.code === code)!;
  return (target, property) => {
    IsDefined()(target, property);
    IsIn([...EVALUATION_SCORES])(target, property);
    ApiProperty({
      enum: [...EVALUATION_SCORES],
      type: Number,
      description: `${index.number}. ${index.label}. 2: ${index.meanings[2]}; 1: ${index.meanings[1]}; 0: ${index.meanings[0]}`,
    })(target, property);
  };
}

// The nine indices of Circular 01/2018 art. 12 (evaluations/domain lists them); all required.
export class EvaluationScoresDto implements Record<EvaluationIndexCode, EvaluationScore> {
  @Score('totalTime') totalTime!: EvaluationScore;
  @Score('agencyTime') agencyTime!: EvaluationScore;
  @Score('deskContacts') deskContacts!: EvaluationScore;
  @Score('agenciesContacted') agenciesContacted!: EvaluationScore;
  @Score('oneStopHandling') oneStopHandling!: EvaluationScore;
  @Score('publicity') publicity!: EvaluationScore;
  @Score('staffAttitude') staffAttitude!: EvaluationScore;
  @Score('feedbackHandling') feedbackHandling!: EvaluationScore;
  @Score('onlineService') onlineService!: EvaluationScore;
}

export const MAX_EVALUATION_COMMENT = 2000;

// The citizen rates their own returned dossier online.
export class CitizenEvaluationDto {
  @ApiProperty({ type: EvaluationScoresDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => EvaluationScoresDto)
  scores!: EvaluationScoresDto;

  @ApiPropertyOptional({ maxLength: MAX_EVALUATION_COMMENT, example: 'Cán bộ hướng dẫn tận tình' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_EVALUATION_COMMENT)
  comment?: string;
}

export const DESK_EVALUATION_SOURCES = ['KIOSK', 'PAPER'] as const;
export type DeskEvaluationSource = (typeof DESK_EVALUATION_SOURCES)[number];

// A clerk records a rating made at the desk's kiosk or on a paper form.
export class DeskEvaluationDto extends CitizenEvaluationDto {
  @ApiProperty({ enum: DESK_EVALUATION_SOURCES })
  @IsIn([...DESK_EVALUATION_SOURCES])
  source!: DeskEvaluationSource;
}

export class EvaluationItemDto {
  @ApiProperty({ example: 7 }) number!: number;
  @ApiProperty({ enum: EVALUATION_INDICES.map((index) => index.code) }) code!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: [...EVALUATION_SCORES] }) score!: number;
  @ApiProperty({ description: 'What the score means for this index' }) meaning!: string;
}

export class EvaluationDto {
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ enum: ['ONLINE', 'KIOSK', 'PAPER'] }) source!: string;
  @ApiProperty({ type: EvaluationScoresDto }) scores!: Record<string, number>;
  @ApiProperty({ type: [EvaluationItemDto] }) items!: EvaluationItemDto[];
  @ApiProperty({ minimum: 0, maximum: 18 }) totalScore!: number;
  @ApiProperty({ example: 18 }) maxScore!: number;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ example: '2026-03-05T10:00:00+07:00' }) recordedAt!: string;
}

export class EvaluationIndexDto {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ example: 'totalTime' }) code!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ example: { 2: '...', 1: '...', 0: '...' } }) meanings!: Record<string, string>;
  @ApiProperty({ description: 'False while the wording awaits a check against the circular' })
  isWordingConfirmed!: boolean;
}
