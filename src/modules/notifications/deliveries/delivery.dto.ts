import { ApiProperty } from '@nestjs/swagger';
import { formatVietnamInstant } from '../../calendar';
import { TEMPLATE_NAMES } from '../templates/notice-templates';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from './delivery-channels';
import { type NotificationDelivery } from './notification-delivery.entity';

// A delivery as staff may see it: the recipient masked, no params (they may name the applicant).
export class DeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: DELIVERY_CHANNELS })
  channel!: string;

  @ApiProperty({ enum: TEMPLATE_NAMES, description: 'Mẫu thông báo' })
  template!: string;

  @ApiProperty({ enum: ['citizen', 'staff', 'applicant', 'portal'] })
  recipientKind!: string;

  @ApiProperty({ nullable: true, type: String, example: 'n***@example.vn', description: 'Địa chỉ đã che' })
  recipient!: string | null;

  @ApiProperty({ enum: DELIVERY_STATUSES })
  status!: string;

  @ApiProperty({ description: 'Số lần đã gửi thử' })
  attempts!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  sentAt!: string | null;
}

export class DeadLetterDto extends DeliveryDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  dossierId!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Lỗi lần gửi cuối, hoặc lý do bỏ qua' })
  lastError!: string | null;

  @ApiProperty({
    format: 'date-time',
    description: 'Lần gửi thử cuối cùng (gửi lỗi); khi đã gửi lại: lúc được đưa lại vào hàng đợi',
  })
  lastAttemptAt!: string;
}

export class DeadLetterPageDto {
  @ApiProperty({ type: [DeadLetterDto] })
  items!: DeadLetterDto[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty()
  total!: number;
}

const instant = (value: Date | null): string | null => (value ? formatVietnamInstant(value.getTime()) : null);

export function toDeliveryDto(delivery: NotificationDelivery): DeliveryDto {
  return {
    id: delivery.id,
    channel: delivery.channel,
    template: delivery.template,
    recipientKind: delivery.recipientKind,
    recipient: delivery.recipientMasked,
    status: delivery.status,
    attempts: delivery.attempts,
    createdAt: formatVietnamInstant(delivery.createdAt.getTime()),
    sentAt: instant(delivery.sentAt),
  };
}

export function toDeadLetterDto(delivery: NotificationDelivery): DeadLetterDto {
  return {
    ...toDeliveryDto(delivery),
    dossierId: delivery.dossierId,
    lastError: delivery.lastError,
    lastAttemptAt: formatVietnamInstant(delivery.nextAttemptAt.getTime()),
  };
}
