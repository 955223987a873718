import { Injectable, type PipeTransform } from '@nestjs/common';
import { type FieldError } from '../../../common';
import { ProblemException } from '../../../infra/http/problem.mapper';
import { buildValidationProblem, createValidationPipe } from '../../../infra/http/validation.pipe';
import { ReportExportRequestDto } from './report-export.dto';
import { type ExportRequest } from './report-exports.service';
import { QUERY_CLASS_OF_REPORT } from './report-request';

// The body of POST /reports/exports: the report and format, then its query validated exactly as
// the report's own endpoint validates its query string (same class, same pipe), its errors named
// query.<field>.
@Injectable()
export class ReportExportRequestPipe implements PipeTransform<unknown, Promise<ExportRequest>> {
  private readonly validation = createValidationPipe();

  async transform(value: unknown): Promise<ExportRequest> {
    const body = (await this.validation.transform(value, {
      type: 'body',
      metatype: ReportExportRequestDto,
    })) as ReportExportRequestDto;
    try {
      const query: unknown = await this.validation.transform(body.query, {
        type: 'query',
        metatype: QUERY_CLASS_OF_REPORT[body.report],
      });
      return { report: body.report, format: body.format, query } as ExportRequest;
    } catch (error) {
      const fields =
        error instanceof ProblemException
          ? (error.problem.errors as readonly FieldError[] | undefined)
          : undefined;
      if (fields) {
        throw buildValidationProblem(
          fields.map((field) => ({
            field: `query.${field.field}`,
            message: `query.${field.message}`,
          })),
        );
      }
      throw error;
    }
  }
}
