// npm run bench:auth — what authentication and authorization cost per request, and sign-in
// throughput at the configured argon2id cost. Prints plain "name value" lines.
import 'reflect-metadata';
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { AgencyTreeRepository } from '../../src/modules/catalog/agencies/agency-tree.repository';
import {
  AccessTokenService,
  AgencyAccessService,
  CurrentPrincipal,
  type Principal,
  PublicRoute,
  StaffRoute,
} from '../../src/modules/identity';
import { PasswordHasher } from '../../src/modules/identity/auth/password-hasher';
import { StaffUser } from '../../src/modules/identity/users/staff-user.entity';
import { DataSource } from 'typeorm';
import { benchAgent, percentile, timeGet } from './http-timing';
import { startBenchApp } from './bench-app';
import { openBenchDatabase } from './bench-database';

// p99 of two interleaved series needs many samples to be stable on a noisy 2-core machine.
const REQUESTS = Number(process.argv[2] ?? 15000);
let targetAgencyId = '';

// The same trivial handler twice: once public, once behind token verification and a scope check.
@Controller('bench')
class BenchController {
  constructor(private readonly access: AgencyAccessService) {}

  @Get('open')
  @PublicRoute()
  open(): { ok: true } {
    return { ok: true };
  }

  @Get('guarded')
  @StaffRoute('CLERK')
  async guarded(@CurrentPrincipal() principal: Principal): Promise<{ ok: true }> {
    await this.access.assertMayAct(principal, targetAgencyId);
    return { ok: true };
  }
}

@Module({ controllers: [BenchController] })
class BenchModule {}

const timeRequest = (port: number, path: string, token?: string) =>
  timeGet(port, path, token ? { authorization: `Bearer ${token}` } : {});

async function measureLatency(port: number, token: string): Promise<void> {
  const open: number[] = [];
  const guarded: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    await timeRequest(port, '/api/v1/bench/open');
    await timeRequest(port, '/api/v1/bench/guarded', token);
  }
  // Interleaved, so both see the same machine noise.
  for (let i = 0; i < REQUESTS; i += 1) {
    open.push(await timeRequest(port, '/api/v1/bench/open'));
    guarded.push(await timeRequest(port, '/api/v1/bench/guarded', token));
  }
  open.sort((a, b) => a - b);
  guarded.sort((a, b) => a - b);
  for (const p of [50, 99]) {
    console.log(`auth.open_p${p}_ms ${percentile(open, p).toFixed(3)}`);
    console.log(`auth.guarded_p${p}_ms ${percentile(guarded, p).toFixed(3)}`);
    console.log(`auth.guard_overhead_p${p}_ms ${(percentile(guarded, p) - percentile(open, p)).toFixed(3)}`);
  }
}

// The guard's own work without HTTP around it: token verification plus the agency scope check.
async function measureInProcess(app: INestApplication, token: string): Promise<void> {
  const tokens = app.get(AccessTokenService);
  const access = app.get(AgencyAccessService);
  const iterations = 20_000;
  const started = performance.now();
  for (let i = 0; i < iterations; i += 1) {
    const principal = tokens.verify(token)!;
    await access.assertMayAct(principal, targetAgencyId);
  }
  console.log(
    `auth.verify_and_scope_check_us ${(((performance.now() - started) / iterations) * 1000).toFixed(1)}`,
  );
}

async function measureLogins(app: INestApplication, port: number, agencyId: string): Promise<void> {
  const hasher = app.get(PasswordHasher);
  const users = app.get(DataSource).getRepository(StaffUser);
  const passwordHash = await hasher.hash('Kiem-thu-2026');
  await users.save(
    users.create({
      username: 'bench.clerk',
      fullName: 'Bench',
      agencyId,
      passwordHash,
      roles: [{ role: 'CLERK' }],
    }),
  );
  const body = JSON.stringify({ login: 'bench.clerk', password: 'Kiem-thu-2026' });
  const loginOnce = () =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v1/auth/login',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            response.statusCode === 200 ? resolve() : reject(new Error(`login ${response.statusCode}`)),
          );
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const durationMs = 5000;
  const started = performance.now();
  let count = 0;
  const worker = async () => {
    while (performance.now() - started < durationMs) {
      await loginOnce();
      count += 1;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  console.log(`auth.login_per_second ${(count / ((performance.now() - started) / 1000)).toFixed(1)}`);
  const hashStarted = performance.now();
  for (let i = 0; i < 20; i += 1) {
    await hasher.verify(passwordHash, 'Kiem-thu-2026');
  }
  console.log(`auth.argon2id_verify_ms ${((performance.now() - hashStarted) / 20).toFixed(2)}`);
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { app, config, port } = await startBenchApp(database, { LOGIN_ATTEMPTS_PER_MINUTE: '10000' }, [
    BenchModule,
  ]);
  try {
    const manager = app.get(DataSource).manager;
    await manager.query(
      `INSERT INTO admin_levels (code, name, rank, valid_from) VALUES ('PROVINCE','Tỉnh',1,'1976-01-01'),('COMMUNE','Xã',3,'1976-01-01') ON CONFLICT DO NOTHING`,
    );
    const tree = app.get(AgencyTreeRepository);
    const province = await tree.insertWithClosure(
      {
        key: 'BENCH-P',
        name: 'UBND tỉnh',
        shortName: 'Tỉnh',
        levelCode: 'PROVINCE',
        kind: 'PEOPLES_COMMITTEE',
        parentId: null,
        validFrom: '2020-01-01',
      },
      manager,
    );
    const commune = await tree.insertWithClosure(
      {
        key: 'BENCH-C',
        name: 'UBND xã',
        shortName: 'Xã',
        levelCode: 'COMMUNE',
        kind: 'PEOPLES_COMMITTEE',
        parentId: province.id,
        validFrom: '2020-01-01',
      },
      manager,
    );
    const desk = await tree.insertWithClosure(
      {
        key: 'BENCH-D',
        name: 'Bộ phận Một cửa xã',
        shortName: 'Một cửa',
        levelCode: 'COMMUNE',
        kind: 'ONE_STOP_DESK',
        parentId: commune.id,
        validFrom: '2020-01-01',
      },
      manager,
    );
    targetAgencyId = commune.id;
    const token = app.get(AccessTokenService).sign({
      kind: 'staff',
      id: '00000000-0000-4000-8000-000000000001',
      username: 'bench.clerk',
      roles: ['CLERK'],
      agencyId: desk.id,
    }).token;
    console.log(`auth.requests_each ${REQUESTS}`);
    await measureInProcess(app, token);
    await measureLatency(port, token);
    console.log(`auth.password_hash_time_cost ${config.auth.passwordHashTimeCost}`);
    await measureLogins(app, port, desk.id);
  } finally {
    benchAgent.destroy();
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
