import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
// Direct imports, not '../identity': identity's services record audit events, and going through
// its index here would make the two modules load each other.
import { CurrentPrincipal } from '../identity/authorization/current-principal.decorator';
import { StaffRoute } from '../identity/authorization/route-policy.decorators';
import { type Principal } from '../identity/domain/principal';
import { AuditEventPageDto, ListAuditEventsQuery } from './audit-events.dto';
import { AuditEventsService } from './audit-events.service';

@ApiTags('audit')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @StaffRoute('ADMIN')
  @ApiOperation({
    summary: 'Nhật ký kiểm toán (chỉ thêm, không sửa xóa): lọc theo người, hành động, đối tượng, thời gian',
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  list(
    @CurrentPrincipal() admin: Principal,
    @Query() query: ListAuditEventsQuery,
  ): Promise<AuditEventPageDto> {
    return this.events.list(admin, query);
  }
}
