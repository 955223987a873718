import { ApiProperty } from '@nestjs/swagger';
import {
  describeAction,
  DOSSIER_ACTIONS,
  type DossierAction,
  type DossierStatus,
  describeStatus,
  isReasonRequired,
} from '../domain';
import { type Dossier } from '../dossier.entity';

export class AllowedActionDto {
  @ApiProperty({ enum: DOSSIER_ACTIONS, example: 'TRANSFER' }) action!: DossierAction;
  @ApiProperty({ example: 'Chuyển hồ sơ đến cơ quan giải quyết' }) label!: string;
  @ApiProperty({ description: 'The action needs a reason or note (`note`)' }) requiresReason!: boolean;
}

export class DossierAllowedActionsDto {
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ description: 'Send it back with the action (`version` or If-Match)' }) version!: number;
  @ApiProperty() status!: string;
  @ApiProperty({ example: 'Đang xử lý' }) statusLabel!: string;
  @ApiProperty({ type: [AllowedActionDto], description: 'In the order of the workflow table' })
  actions!: AllowedActionDto[];
}

export function toAllowedActionsDto(allowed: {
  dossier: Dossier;
  actions: readonly DossierAction[];
}): DossierAllowedActionsDto {
  const status = allowed.dossier.status as DossierStatus;
  return {
    dossierId: allowed.dossier.id,
    version: allowed.dossier.rowVersion,
    status,
    statusLabel: describeStatus(status),
    actions: allowed.actions.map((action) => ({
      action,
      label: describeAction(action),
      requiresReason: isReasonRequired(action),
    })),
  };
}
