import { DomainError, type ErrorKind, type FieldError } from '../../../../common';

export type SectorErrorCode = 'sector-not-found' | 'sector-code-taken' | 'sector-invalid';

export class SectorError extends DomainError {
  constructor(
    kind: ErrorKind,
    override readonly code: SectorErrorCode,
    title: string,
    detail: string,
    errors: readonly FieldError[] = [],
  ) {
    super(kind, code, title, detail, errors);
  }
}

export const sectorNotFound = (): SectorError =>
  new SectorError(
    'not-found',
    'sector-not-found',
    'Không tìm thấy lĩnh vực',
    'Không có lĩnh vực nào với mã này.',
  );

export const sectorCodeTaken = (code: string): SectorError =>
  new SectorError(
    'conflict',
    'sector-code-taken',
    'Mã lĩnh vực đã tồn tại',
    `Đã có lĩnh vực với mã ${code}.`,
    [{ field: 'code', message: 'code: đã được dùng cho lĩnh vực khác' }],
  );

export const unknownSector = (field: string): SectorError =>
  new SectorError(
    'invalid',
    'sector-invalid',
    'Lĩnh vực không tồn tại',
    `${field}: không có lĩnh vực với mã này.`,
    [{ field, message: `${field}: không có lĩnh vực với mã này` }],
  );
