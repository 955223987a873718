import { ApiProperty } from '@nestjs/swagger';
import { formatVietnamInstant } from '../../calendar';
import { type RedatingPreview } from './deadline-recompute-preview.service';

export class RedatingScopeDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Cơ quan (và cấp dưới) bị ảnh hưởng; null: cả tỉnh',
  })
  agencyId!: string | null;
  @ApiProperty({ example: '2027-01-01' }) fromDate!: string;
  @ApiProperty({ nullable: true, type: String, example: '2027-12-31' }) toDate!: string | null;
}

export class RedatingCountsDto {
  @ApiProperty({ description: 'Hồ sơ đang giải quyết trong phạm vi thay đổi' }) checked!: number;
  @ApiProperty({ description: 'Hồ sơ sẽ bị dời hạn (hoặc thời gian còn lại khi tạm dừng)' }) redated!: number;
  @ApiProperty({ description: 'Hạn không đổi, chỉ hết là tạm tính' }) confirmed!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty({ description: 'Không tính lại được: ngoài phạm vi lịch làm việc' }) outsideCalendar!: number;
}

export class RedatedDossierDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'uuid' }) receivingAgencyId!: string;
  @ApiProperty({ example: '2027-02-15T09:00:00+07:00' }) oldDueAt!: string;
  @ApiProperty({ example: '2027-02-16T09:00:00+07:00' }) newDueAt!: string;
  @ApiProperty() oldAppointmentAt!: string;
  @ApiProperty() newAppointmentAt!: string;
  @ApiProperty({ description: 'Ngày hẹn do phiếu xin lỗi đặt: giữ nguyên' })
  appointmentKeptByApology!: boolean;
  @ApiProperty() provisionalBefore!: boolean;
  @ApiProperty() provisionalAfter!: boolean;
}

export class DeadlineRecomputePreviewResponseDto {
  @ApiProperty({ type: RedatingScopeDto }) scope!: RedatingScopeDto;
  @ApiProperty({ type: RedatingCountsDto }) counts!: RedatingCountsDto;
  @ApiProperty({ type: [RedatedDossierDto], description: 'Hạn hiện tại sớm nhất trước; tối đa 1.000 hồ sơ' })
  changes!: RedatedDossierDto[];
  @ApiProperty({ description: 'Còn hồ sơ bị dời hạn ngoài danh sách' }) truncated!: boolean;
}

export function toRecomputePreviewResponse(preview: RedatingPreview): DeadlineRecomputePreviewResponseDto {
  return {
    scope: { ...preview.scope },
    counts: { ...preview.counts },
    changes: preview.changes.map((change) => ({
      id: change.id,
      code: change.code,
      status: change.status,
      receivingAgencyId: change.receivingAgencyId,
      oldDueAt: formatVietnamInstant(change.oldDueAtMs),
      newDueAt: formatVietnamInstant(change.newDueAtMs),
      oldAppointmentAt: formatVietnamInstant(change.oldAppointmentAtMs),
      newAppointmentAt: formatVietnamInstant(change.newAppointmentAtMs),
      appointmentKeptByApology: change.appointmentKeptByApology,
      provisionalBefore: change.provisionalBefore,
      provisionalAfter: change.provisionalAfter,
    })),
    truncated: preview.truncated,
  };
}
