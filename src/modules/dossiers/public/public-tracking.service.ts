import { Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../common';
import { formatVietnamInstant } from '../../calendar';
import { type DossierStatus, describeStatus, isDossierCode, toNationalStatusCode } from '../domain';
import { type PublicTrackingDto } from './public-tracking.dto';

// A wrong verifier and an unknown code get the same answer, so codes cannot be enumerated.
const notFound = () =>
  new DomainError(
    'not-found',
    'tracking-not-found',
    'Không tìm thấy hồ sơ',
    'Không tìm thấy hồ sơ với mã và số kiểm tra đã nhập.',
  );

function isSameVerifier(expected: string | null, given: string): boolean {
  return (
    expected !== null &&
    expected.length === given.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(given))
  );
}

interface TrackedRow {
  code: string;
  status: string;
  verifier: string | null;
  procedure_name: string;
  received_at: Date | null;
  appointment_at: Date | null;
  resolved_at: Date | null;
  returned_at: Date | null;
  // [occurredAt ISO, toStatus, agency name | null] per hand-over, in order.
  steps: Array<[string, string, string | null]>;
}

// Public tracking: the dossier code and the last 4 digits of the phone on the receipt. No personal
// data in the answer; the steps are named by agency, not by person. One round trip to the
// database (the busiest public endpoint: citizens refresh it), by the unique code; system rows
// (a re-dated deadline) are not steps.
@Injectable()
export class PublicTrackingService {
  constructor(private readonly dataSource: DataSource) {}

  async track(code: string, verifier: string): Promise<PublicTrackingDto> {
    const [row] = isDossierCode(code)
      ? await this.dataSource.query<TrackedRow[]>(
          `SELECT d.code, d.status, d.applicant_phone_last4 AS verifier, v.name AS procedure_name,
                  d.received_at, d.appointment_at, d.resolved_at, d.returned_at,
                  coalesce((SELECT json_agg(json_build_array(e.occurred_at, e.to_status, a.name) ORDER BY e.id)
                            FROM dossier_events e LEFT JOIN agencies a ON a.id = e.to_agency_id
                            WHERE e.dossier_id = d.id AND e.actor_kind <> 'system'), '[]') AS steps
           FROM dossiers d JOIN procedure_versions v ON v.id = d.procedure_version_id
           WHERE d.code = $1`,
          [code],
        )
      : [];
    if (!row || !isSameVerifier(row.verifier, verifier)) {
      throw notFound();
    }
    const status = row.status as DossierStatus;
    const instant = (value: Date | null) => (value ? formatVietnamInstant(value.getTime()) : null);
    return {
      code: row.code,
      status,
      statusLabel: describeStatus(status),
      nationalStatusCode: toNationalStatusCode(status),
      procedureName: row.procedure_name,
      receivedAt: instant(row.received_at),
      appointmentAt: instant(row.appointment_at),
      resolvedAt: instant(row.resolved_at),
      returnedAt: instant(row.returned_at),
      steps: row.steps.map(([at, toStatus, agency]) => ({
        at: formatVietnamInstant(Date.parse(at)),
        status: toStatus,
        statusLabel: describeStatus(toStatus as DossierStatus),
        agency,
      })),
    };
  }
}
