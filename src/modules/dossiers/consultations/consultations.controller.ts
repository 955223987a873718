import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { CurrentPrincipal, type Principal, StaffRoute } from '../../identity';
import {
  ConsultationDto,
  ConsultationListQuery,
  ConsultationPageDto,
  toConsultationDto,
} from './consultation.dto';
import { ConsultationsService } from './consultations.service';

@ApiTags('dossiers')
@Controller()
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Get('dossiers/:id/consultations')
  @StaffRoute('CLERK', 'SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER', 'LEADER_VIEWER', 'ADMIN')
  @ApiOperation({
    summary:
      'Các lần xin ý kiến của hồ sơ, với hạn trả lời theo ngày làm việc và tình trạng (trong hạn, sắp đến hạn, quá hạn, đã trả lời đúng hạn / quá hạn)',
  })
  @ApiOkResponse({ type: [ConsultationDto] })
  @ApiNotFoundResponse({ description: 'Không có hồ sơ này trong phạm vi của người đọc' })
  async listOfDossier(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
  ): Promise<ConsultationDto[]> {
    return (await this.consultations.listForDossier(reader, id)).map(toConsultationDto);
  }

  @Get('consultations')
  @StaffRoute('SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER')
  @ApiOperation({
    summary:
      'Các yêu cầu xin ý kiến gửi đến đơn vị của người dùng (mặc định: đang chờ trả lời), hạn gần nhất trước',
  })
  @ApiOkResponse({ type: ConsultationPageDto })
  async listForReader(
    @CurrentPrincipal() reader: Principal,
    @Query() query: ConsultationListQuery,
  ): Promise<ConsultationPageDto> {
    const { rows, total } = await this.consultations.listForReader(reader, query);
    return { items: rows.map(toConsultationDto), page: query.page, pageSize: query.pageSize, total };
  }
}
