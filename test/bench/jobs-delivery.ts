import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { FieldCipher } from '../../src/infra/crypto/field-cipher';
import { OutboxRelay } from '../../src/modules/jobs/outbox-relay/outbox-relay.service';
import { startBenchApp } from './bench-app';
import { openBenchDatabase } from './bench-database';

interface SinkPorts {
  smtpPort: number;
  httpPort: number;
}

interface SinkCounts {
  mails: number;
  requests: number;
}

function startSinks(): Promise<{ child: ChildProcess; ports: SinkPorts }> {
  const child = fork(path.join(__dirname, 'jobs-sinks.ts'), [], {
    execArgv: ['--require', 'ts-node/register/transpile-only'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (ports) => resolve({ child, ports: ports as SinkPorts }));
    child.once('error', reject);
  });
}

function countsOf(child: ChildProcess): Promise<SinkCounts> {
  return new Promise((resolve) => {
    child.once('message', (counts) => resolve(counts as SinkCounts));
    child.send('count');
  });
}

// Outbox to delivered: BENCH_EVENTS receipts (each an outbox event for an applicant with an
// e-mail address and a phone) are relayed and delivered by e-mail to a local SMTP sink and by
// SMS to a local HTTP gateway sink (Zalo unconfigured: skipped). Timed from the relay's start to
// the last delivery marked SENT in the database, per channel. In-process queue, or Bull when
// REDIS_URL is set (the worker's path).
export async function runDeliveryThroughputBench(): Promise<void> {
  const events = Number(process.env.BENCH_EVENTS ?? 2000);
  const sinks = await startSinks();
  const database = await openBenchDatabase();
  const { app } = await startBenchApp(database, {
    SEED_ON_START: 'true',
    SMTP_URL: `smtp://127.0.0.1:${sinks.ports.smtpPort}`,
    SMS_GATEWAY_URL: `http://127.0.0.1:${sinks.ports.httpPort}/sms`,
    OUTBOX_RELAY_INTERVAL_MS: '3600000',
    OUTBOX_SWEEP_INTERVAL_MS: '86400000',
    ...(process.env.REDIS_URL
      ? { REDIS_URL: process.env.REDIS_URL, QUEUE_PREFIX: `bench-${process.pid}` }
      : {}),
  });
  try {
    const dataSource = app.get(DataSource);
    await seedReceipts(dataSource, app.get(FieldCipher), events);
    const started = Date.now();
    const relayed = await app.get(OutboxRelay).relayPending(Math.ceil(events / 500) + 1);
    const relayMs = Date.now() - started;
    const done: Record<string, number> = {};
    while (Object.keys(done).length < 2 && Date.now() - started < 600_000) {
      const rows = await dataSource.query<Array<{ channel: string; sent: number }>>(
        `SELECT channel, count(*) FILTER (WHERE status = 'SENT')::int AS sent FROM notification_deliveries
         WHERE channel IN ('EMAIL', 'SMS') GROUP BY channel`,
      );
      for (const row of rows) {
        if (row.sent >= events && done[row.channel] === undefined) {
          done[row.channel] = Date.now() - started;
        }
      }
      await sleep(50);
    }
    const counts = await countsOf(sinks.child);
    const mode = process.env.REDIS_URL ? 'bull' : 'in-process';
    process.stdout.write(`delivery.queue_mode ${mode}\n`);
    process.stdout.write(`delivery.events ${events}\n`);
    process.stdout.write(`delivery.relay_ms ${relayMs} (${relayed.deliveries} deliveries planned)\n`);
    for (const channel of ['EMAIL', 'SMS']) {
      const ms = done[channel];
      process.stdout.write(
        `delivery.${channel.toLowerCase()}_all_sent_ms ${ms ?? 'timeout'}` +
          (ms ? ` (${Math.round((events / ms) * 1000)} events/s)\n` : '\n'),
      );
    }
    process.stdout.write(`delivery.smtp_sink_received ${counts.mails}\n`);
    process.stdout.write(`delivery.gateway_sink_received ${counts.requests}\n`);
  } finally {
    await app.close();
    await database.close();
    sinks.child.kill();
  }
}

// N received dossiers copied from one template row, each with its RECEIVED outbox event, inside
// PostgreSQL: the bench measures delivery, not intake.
async function seedReceipts(dataSource: DataSource, cipher: FieldCipher, events: number): Promise<void> {
  const [desk] = await dataSource.query<Array<{ id: string }>>(
    `SELECT id FROM agencies WHERE key = 'PY-COMMUNE-22015-DESK'`,
  );
  const [version] = await dataSource.query<Array<{ id: string; procedure_id: string; sector_id: string }>>(
    `SELECT v.id, v.procedure_id, v.sector_id FROM procedure_versions v WHERE v.status = 'PUBLISHED' LIMIT 1`,
  );
  const phone = cipher.encrypt('0905123456');
  await dataSource.query(
    `INSERT INTO dossiers (id, code, procedure_id, procedure_version_id, receiving_agency_id, resolving_agency_id,
       current_agency_id, level_code, sector_id, channel, service_level, status, applicant_kind, applicant_name,
       applicant_phone_encrypted, applicant_phone_last4, applicant_email, submitted_at, received_at, due_at,
       appointment_at, clock, row_version)
     SELECT gen_random_uuid(), 'BENCH-' || lpad(n::text, 7, '0'), $2, $1, $3, $3, $3, 'COMMUNE', $4, 'DIRECT', 2,
       'RECEIVED', 'PERSON', 'Nguyễn Văn ' || n, $5, '3456', 'cong.dan' || n || '@example.vn', now(), now(),
       now() + interval '5 days', now() + interval '5 days', '{}', 1
     FROM generate_series(1, $6) AS n`,
    [version.id, version.procedure_id, desk.id, version.sector_id, phone, events],
  );
  await dataSource.query(
    `INSERT INTO outbox_events (kind, aggregate_type, aggregate_id, payload)
     SELECT 'dossier.status-changed', 'dossier', id,
       jsonb_build_object('status', 'RECEIVED', 'nationalStatusCode', 2, 'channel', 'DIRECT', 'code', code, 'action', 'RECEIVE')
     FROM dossiers WHERE code LIKE 'BENCH-%'`,
  );
}
