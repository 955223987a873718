import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { CurrentPrincipal, type Principal, StaffRoute } from '../../identity';
import { RegisterQueryDto } from './register-query.dto';
import { REGISTER_READERS, RegisterService } from './register.service';

@ApiTags('dossiers')
@Controller('registers')
export class RegistersController {
  constructor(private readonly registers: RegisterService) {}

  @Get(':agencyId/:file')
  @StaffRoute(...REGISTER_READERS)
  @ApiOperation({
    summary:
      'Sổ theo dõi hồ sơ (Mẫu 06, A4) của một bộ phận một cửa trong một năm: {năm}.pdf hoặc {năm}.json, số thứ tự liên tục; from/to lọc theo ngày tiếp nhận',
  })
  @ApiOkResponse({ description: 'application/pdf, or the register as JSON' })
  async register(
    @CurrentPrincipal() reader: Principal,
    @Param('agencyId', uuidParam) agencyId: string,
    @Param('file') file: string,
    @Query() query: RegisterQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<object | undefined> {
    const { fileName, content } = await this.registers.render(reader, agencyId, file, query);
    if (!Buffer.isBuffer(content)) {
      return content;
    }
    response.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${fileName}"`);
    response.send(content);
    return undefined;
  }
}
