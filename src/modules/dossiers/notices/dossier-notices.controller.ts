import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { AuthenticatedRoute, CurrentPrincipal, type Principal } from '../../identity';
import { DeliveryDto, toDeliveryDto } from '../../notifications/deliveries/delivery.dto';
import { DossierNoticesService } from './dossier-notices.service';

@ApiTags('dossiers')
@Controller('dossiers')
export class DossierNoticesController {
  constructor(private readonly notices: DossierNoticesService) {}

  @Get(':id/notifications')
  @AuthenticatedRoute()
  @ApiOperation({
    summary: 'Các thông báo đã gửi về hồ sơ (kênh, mẫu, người nhận đã che, trạng thái, số lần thử)',
  })
  @ApiOkResponse({ type: [DeliveryDto] })
  @ApiNotFoundResponse({ description: 'Không có hồ sơ này trong phạm vi của người đọc' })
  async list(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
  ): Promise<DeliveryDto[]> {
    return (await this.notices.list(reader, id)).map(toDeliveryDto);
  }
}
