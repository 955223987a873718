import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../../common';

// Path ids are UUIDs; anything else is a 400 in Vietnamese, never a database error.
export const uuidParam = new ParseUUIDPipe({
  exceptionFactory: () =>
    new DomainError(
      'invalid',
      'invalid-id',
      'Mã định danh không hợp lệ',
      'Mã định danh trong đường dẫn phải là UUID.',
    ),
});
