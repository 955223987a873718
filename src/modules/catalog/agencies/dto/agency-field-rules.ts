import { type TransformFnParams } from 'class-transformer';

// Formats shared by the agency DTOs.
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LEVEL_CODE_PATTERN = /^[A-Z_]{2,20}$/;
export const AGENCY_KEY_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,59}$/;
export const GSO_CODE_PATTERN = /^\d{2,5}$/;

export const trimmed = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim() : value;
