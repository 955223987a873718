import { formatVietnamInstant } from '../../calendar';
import { EVALUATION_INDICES, type EvaluationScore, MAX_EVALUATION_TOTAL } from './domain';
import { type DossierEvaluation } from './dossier-evaluation.entity';
import { type EvaluationDto, type EvaluationIndexDto } from './evaluation.dto';

export function toEvaluationDto(evaluation: DossierEvaluation): EvaluationDto {
  return {
    dossierId: evaluation.dossierId,
    source: evaluation.source,
    scores: { ...evaluation.scores },
    items: EVALUATION_INDICES.map((index) => {
      const score = evaluation.scores[index.code] as EvaluationScore;
      return {
        number: index.number,
        code: index.code,
        label: index.label,
        score,
        meaning: index.meanings[score],
      };
    }),
    totalScore: evaluation.totalScore,
    maxScore: MAX_EVALUATION_TOTAL,
    comment: evaluation.comment,
    recordedAt: formatVietnamInstant(evaluation.recordedAt.getTime()),
  };
}

export function toEvaluationIndexDtos(): EvaluationIndexDto[] {
  return EVALUATION_INDICES.map((index) => ({
    number: index.number,
    code: index.code,
    label: index.label,
    meanings: { ...index.meanings },
    isWordingConfirmed: index.isWordingConfirmed,
  }));
}
