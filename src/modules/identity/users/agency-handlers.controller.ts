import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam as uuid } from '../../../infra/http/uuid-param.pipe';
import { CurrentPrincipal } from '../authorization/current-principal.decorator';
import { StaffRoute } from '../authorization/route-policy.decorators';
import { type Principal } from '../domain/principal';
import { AgencyHandlerListDto } from './agency-handler.dto';
import { DIRECTORY_READERS, StaffDirectoryService } from './staff-directory.service';

@ApiTags('users')
@Controller('agencies')
export class AgencyHandlersController {
  constructor(private readonly staff: StaffDirectoryService) {}

  @Get(':id/handlers')
  @StaffRoute(...DIRECTORY_READERS)
  @ApiOperation({
    summary:
      'Danh bạ cán bộ xử lý của cơ quan (họ tên, tên đăng nhập, vai trò) để phân công hồ sơ; ngoài phạm vi: 403',
  })
  @ApiOkResponse({ type: AgencyHandlerListDto })
  async list(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuid) id: string,
  ): Promise<AgencyHandlerListDto> {
    return { items: await this.staff.listHandlers(reader, id) };
  }
}
