import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { DomainError } from '../../src/common';
import { PublicRoute } from '../../src/modules/identity';
import { createTestApp, type TestApp } from '../support/test-app';

class EchoDto {
  @IsString()
  @MinLength(2)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(10)
  amount!: number;
}

// Test-only routes that exercise the global pipeline (validation, errors) without business code.
@PublicRoute()
@Controller('test-only')
class PipelineProbeController {
  @Post('echo')
  echo(@Body() body: EchoDto): EchoDto {
    return body;
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internal detail: SELECT * FROM users');
  }

  @Get('conflict')
  conflict(): never {
    throw new DomainError(
      'conflict',
      'dossier-version-stale',
      'Hồ sơ đã thay đổi',
      'Hồ sơ đã được người khác cập nhật.',
    );
  }
}

@Module({ controllers: [PipelineProbeController] })
class PipelineProbeModule {}

const PROBLEM = /^application\/problem\+json/;

describe('HTTP errors are problem+json with a request id', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ imports: [PipelineProbeModule], env: { BODY_LIMIT_BYTES: '2048' } });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('answers an unknown route with 404 problem+json carrying the request id', async () => {
    const response = await testApp.http().post('/api/v1/nope').send({});
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({
      type: 'urn:mot-cua:problem:not-found',
      title: 'Không tìm thấy',
      status: 404,
    });
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
    expect(response.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a well-formed X-Request-Id from the caller and replaces a malformed one', async () => {
    const kept = await testApp.http().get('/api/v1/nope').set('X-Request-Id', 'desk-42.abc');
    expect(kept.headers['x-request-id']).toBe('desk-42.abc');
    expect(kept.body.requestId).toBe('desk-42.abc');
    const replaced = await testApp.http().get('/api/v1/nope').set('X-Request-Id', 'bad id\twith "quotes"');
    expect(replaced.headers['x-request-id']).not.toContain('bad');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await testApp
      .http()
      .post('/api/v1/test-only/echo')
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.type).toBe('urn:mot-cua:problem:malformed-json');
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it('answers a body over the limit with 413 problem+json', async () => {
    const response = await testApp
      .http()
      .post('/api/v1/test-only/echo')
      .send({ name: 'x'.repeat(5000), amount: 1 });
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.title).toBe('Dữ liệu gửi lên quá lớn');
  });

  it('answers a known path with the wrong method with 405 and an Allow header', async () => {
    const response = await testApp.http().delete('/api/v1/test-only/echo');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(response.headers['content-type']).toMatch(PROBLEM);
  });

  it('lists every invalid and unknown field in errors[] with Vietnamese messages', async () => {
    const response = await testApp
      .http()
      .post('/api/v1/test-only/echo')
      .send({ name: 'a', amount: 11, extra: true });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:mot-cua:problem:validation-failed');
    const fields = (response.body.errors as Array<{ field: string; message: string }>)
      .map((error) => error.field)
      .sort();
    expect(fields).toEqual(['amount', 'extra', 'name']);
    expect(response.body.errors).toContainEqual({
      field: 'amount',
      message: 'amount lớn hơn giá trị tối đa cho phép',
    });
    expect(response.body.errors).toContainEqual({
      field: 'extra',
      message: 'extra không phải là trường được chấp nhận',
    });
  });

  it('transforms and accepts a valid body', async () => {
    const response = await testApp
      .http()
      .post('/api/v1/test-only/echo')
      .send({ name: 'Lê Văn Tám', amount: 3 });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ name: 'Lê Văn Tám', amount: 3 });
  });

  it('maps a coded domain error to its status and type', async () => {
    const response = await testApp.http().get('/api/v1/test-only/conflict');
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      type: 'urn:mot-cua:problem:dossier-version-stale',
      title: 'Hồ sơ đã thay đổi',
    });
  });

  it('never shows a stack trace or SQL for an unexpected error', async () => {
    const response = await testApp.http().get('/api/v1/test-only/boom');
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(JSON.stringify(response.body)).not.toMatch(/SELECT|secret|at .*\.ts|stack/i);
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it('sets security headers', async () => {
    const response = await testApp.http().get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
