import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { parseIsoDate } from '../domain/local-date';
import { parseInstant } from '../domain/vietnam-instant';

// A real civil date 'YYYY-MM-DD' (2025-02-30 is refused, not rolled over).
export function IsCivilDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCivilDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseIsoDate(value) !== null,
        defaultMessage: () => 'phải là ngày hợp lệ dạng YYYY-MM-DD',
      },
    },
    options,
  );
}

// An ISO-8601 instant with its offset, e.g. 2025-01-24T16:00:00+07:00.
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseInstant(value) !== null,
        defaultMessage: () => 'phải là thời điểm ISO 8601 có múi giờ, ví dụ 2025-01-24T16:00:00+07:00',
      },
    },
    options,
  );
}

// 'HH:mm' from 00:00 to 24:00.
export const CLOCK_PATTERN = /^(?:([01]\d|2[0-3]):[0-5]\d|24:00)$/;

// Query strings carry text: 'true'/'false' become booleans, anything else stays and fails @IsBoolean.
export const ToBoolean = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

// '' and non-numeric text become NaN (refused by @IsNumber/@IsInt), never 0.
export const ToNumber = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (value.trim() === '' ? NaN : Number(value)) : value,
  );
