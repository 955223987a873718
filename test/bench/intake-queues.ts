// The work-queue phase of bench:intake: the GET /api/v1/dossiers queries that a commune's clerk
// and specialist, its district's leader and the province's leader make during a day.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { type DataSource } from 'typeorm';
import { type Principal, type Role } from '../../src/modules/identity';
import { type BenchDesk, specialistId } from './intake-dossiers';
import { percentile, timeGet } from './http-timing';

const MIN_RUNS = 20;
const SHAPE_BUDGET_MS = 6000;

export type Sign = (principal: Principal) => string;

export const staffPrincipal = (role: Role, agencyId: string, id: string = randomUUID()): Principal => ({
  kind: 'staff',
  id,
  username: `bench.${role.toLowerCase()}`,
  roles: [role],
  agencyId,
});

export interface QueueShape {
  name: string;
  principal: Principal;
  query: Record<string, string>;
}

const queuePath = (shape: QueueShape): string =>
  `/api/v1/dossiers?${new URLSearchParams({ ...shape.query, pageSize: '50' }).toString()}`;

export async function planQueueShapes(dataSource: DataSource, desks: BenchDesk[]): Promise<QueueShape[]> {
  const desk = desks.find((candidate) => candidate.levelCode === 'COMMUNE')!;
  const [district] = await dataSource.query<Array<{ id: string; deskId: string }>>(
    `SELECT district.id, district_desk.id AS "deskId" FROM agencies commune
     JOIN agencies district ON district.id = commune.parent_id
     JOIN agencies district_desk ON district_desk.parent_id = district.id AND district_desk.kind = 'ONE_STOP_DESK'
     WHERE commune.id = $1`,
    [desk.organisationId],
  );
  const [province] = await dataSource.query<Array<{ id: string }>>(
    `SELECT id FROM agencies WHERE kind = 'PEOPLES_COMMITTEE' AND level_code = 'PROVINCE'
     AND qcvn_code IS NOT NULL AND valid_to IS NULL`,
  );
  const [handled] = await dataSource.query<Array<{ procedureId: string; sectorId: string }>>(
    `SELECT procedure_id AS "procedureId", sector_id AS "sectorId" FROM dossiers
     WHERE receiving_agency_id = $1 GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1`,
    [district.deskId],
  );
  const monthAgo = new Date(Date.now() - 30 * 86_400_000);
  const twoMonthsAgo = new Date(Date.now() - 60 * 86_400_000);
  // The code's YYMM: Vietnam is UTC+7 with no daylight saving.
  const yymm = new Date(twoMonthsAgo.getTime() + 7 * 3_600_000).toISOString().slice(2, 7).replace('-', '');
  const clerk = staffPrincipal('CLERK', desk.deskId);
  const specialist = staffPrincipal('SPECIALIST', desk.organisationId, specialistId(desk.n, 0));
  const districtLeader = staffPrincipal('AGENCY_LEADER', district.id);
  const provinceLeader = staffPrincipal('LEADER_VIEWER', province.id);
  return [
    { name: 'clerk.received', principal: clerk, query: { status: 'RECEIVED' } },
    { name: 'clerk.to-return', principal: clerk, query: { status: 'RESOLVED' } },
    { name: 'clerk.code-prefix', principal: clerk, query: { code: `${desk.qcvnCode}-${yymm}` } },
    { name: 'clerk.applicant', principal: clerk, query: { applicant: 'nguyen van hung' } },
    {
      name: 'clerk.received-range',
      principal: clerk,
      query: {
        receivedFrom: twoMonthsAgo.toISOString(),
        receivedTo: monthAgo.toISOString(),
        sort: 'receivedAt',
        order: 'desc',
      },
    },
    { name: 'specialist.assigned-to-me', principal: specialist, query: { assignedToMe: 'true' } },
    { name: 'specialist.due-today', principal: specialist, query: { due: 'today' } },
    { name: 'specialist.overdue', principal: specialist, query: { due: 'overdue' } },
    { name: 'specialist.due-within-3', principal: specialist, query: { dueWithinWorkingDays: '3' } },
    { name: 'district-leader.in-progress', principal: districtLeader, query: { status: 'IN_PROGRESS' } },
    { name: 'district-leader.overdue', principal: districtLeader, query: { due: 'overdue' } },
    {
      name: 'district-leader.sector-month',
      principal: districtLeader,
      query: { sectorId: handled.sectorId, receivedFrom: monthAgo.toISOString() },
    },
    {
      name: 'district-leader.procedure',
      principal: districtLeader,
      query: { procedureId: handled.procedureId },
    },
    {
      name: 'province-leader.awaiting-approval',
      principal: provinceLeader,
      query: { status: 'AWAITING_APPROVAL' },
    },
    { name: 'province-leader.overdue', principal: provinceLeader, query: { due: 'overdue' } },
    { name: 'province-leader.applicant', principal: provinceLeader, query: { applicant: 'Nguyễn Văn Hùng' } },
    { name: 'province-leader.browse', principal: provinceLeader, query: {} },
  ];
}

// Each shape one request at a time on one keep-alive connection: `runs` requests, or fewer (at
// least MIN_RUNS) once a slow shape has taken SHAPE_BUDGET_MS, so a run stays within minutes.
export async function measureQueues(
  port: number,
  shapes: QueueShape[],
  sign: Sign,
  runs: number,
): Promise<void> {
  for (const shape of shapes) {
    const headers = { authorization: `Bearer ${sign(shape.principal)}` };
    const target = queuePath(shape);
    const first = await fetch(`http://127.0.0.1:${port}${target}`, { headers });
    const { total } = (await first.json()) as { total: number };
    for (let i = 0; i < 3; i += 1) {
      await timeGet(port, target, headers);
    }
    const times: number[] = [];
    const started = performance.now();
    while (
      times.length < runs &&
      (times.length < MIN_RUNS || performance.now() - started < SHAPE_BUDGET_MS)
    ) {
      times.push(await timeGet(port, target, headers));
    }
    times.sort((a, b) => a - b);
    console.log(
      `intake.queue.${shape.name}_p50_ms ${percentile(times, 50).toFixed(2)}  p95_ms ${percentile(times, 95).toFixed(2)}  runs ${times.length}  total ${total}`,
    );
  }
}
