import 'reflect-metadata';
import { loadAppConfig } from '../config';
import { runPendingMigrations } from '../infra/database/migrate';
import { ReportRollupFolder } from '../modules/reports/rollups/report-rollup-folder';
import { openCliDatabase } from './cli-database';

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

// npm run reports:rollups -- check|rebuild: the operator's view of the report rollups (README,
// "How the numbers are computed: rollups"). `check` folds the pending deltas and recounts every
// dossier to compare (exit code 1 on any difference); `rebuild` rewrites the rollups from the
// dossiers, then checks.
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'check';
  if (command !== 'check' && command !== 'rebuild') {
    throw new Error('Usage: npm run reports:rollups -- check|rebuild');
  }
  const database = await openCliDatabase(loadAppConfig(), log);
  try {
    await runPendingMigrations(database.dataSource);
    const folder = new ReportRollupFolder(database.dataSource);
    const started = Date.now();
    if (command === 'rebuild') {
      const rows = await folder.rebuild();
      log(`Đã dựng lại số liệu tổng hợp từ hồ sơ: ${rows} dòng theo ngày, ${Date.now() - started} ms`);
    } else {
      log(`Đã gộp ${await folder.fold()} thay đổi chờ, ${Date.now() - started} ms`);
    }
    const checking = Date.now();
    const check = await folder.check();
    const counts = Object.entries(check) as Array<[string, number]>;
    const differing = counts.reduce((sum, [, rows]) => sum + rows, 0);
    for (const [name, rows] of counts) {
      log(`${name}\t${rows}`);
    }
    log(
      differing === 0
        ? `Số liệu tổng hợp khớp với hồ sơ (kiểm tra ${Date.now() - checking} ms)`
        : `Có ${differing} dòng tổng hợp lệch với hồ sơ: chạy npm run reports:rollups -- rebuild`,
    );
    process.exitCode = differing === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
