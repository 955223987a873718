import { ValidationPipe } from '@nestjs/common';
import { type ValidationError } from 'class-validator';
import { type FieldError } from '../../common';
import { ProblemException } from './problem.mapper';
import { problemType } from './problem-details';
import { describeConstraint } from './validation-messages';

function flatten(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix === '' ? error.property : `${prefix}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: `${field} ${describeConstraint(constraint, message)}`,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function buildValidationProblem(errors: readonly FieldError[]): ProblemException {
  return new ProblemException({
    type: problemType('validation-failed'),
    title: 'Dữ liệu không hợp lệ',
    status: 400,
    detail: errors.map((error) => error.message).join('; '),
    errors,
  });
}

// Unknown fields are refused, not silently dropped, so a typo never looks like success.
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => buildValidationProblem(flatten(errors)),
  });
}
