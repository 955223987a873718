import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createReadStream } from 'node:fs';
import { ClsService } from 'nestjs-cls';
import { AppModule } from '../app.module';
import { loadAppConfig } from '../config';
import { SYSTEM_ACTOR } from '../infra/context/request-context';
import { runPendingMigrations } from '../infra/database/migrate';
import { buildHttpLoggerOptions } from '../infra/logging/http-logger';
import { guardCsv } from '../modules/reports/import/csv-upload';
import { DossierImportService } from '../modules/reports/import/dossier-import.service';
import { openCliDatabase } from './cli-database';

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

// npm run import:dossiers -- file.csv [--apply-valid]: the historical import (README, "Historical
// import") from the command line, audited as the system. Exit code 1 when nothing was applied.
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) {
    throw new Error('Usage: npm run import:dossiers -- file.csv [--apply-valid]');
  }
  const applyValid = args.includes('--apply-valid');
  const config = loadAppConfig();
  const database = await openCliDatabase(config, log);
  try {
    await runPendingMigrations(database.dataSource);
    const databaseUrl = (database.dataSource.options as { url: string }).url;
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot({
        config: { ...config, queueProcessorsEnabled: false, seedOnStart: false },
        databaseUrl,
        loggerOptions: buildHttpLoggerOptions(config.log.level),
      }),
      { logger: false },
    );
    try {
      const cls = app.get(ClsService);
      const report = await cls.run(() => {
        cls.set('actor', SYSTEM_ACTOR);
        return app
          .get(DossierImportService)
          .import(createReadStream(file).pipe(guardCsv(Number.MAX_SAFE_INTEGER)), {
            applyValid,
            fileName: file,
          });
      });
      for (const issue of report.issues) {
        log(`dòng ${issue.line}\t${issue.column}\t${issue.isError ? 'LỖI' : 'ghi chú'}\t${issue.message}`);
      }
      if (report.issueCount > report.issues.length) {
        log(`… và ${report.issueCount - report.issues.length} lỗi/ghi chú nữa`);
      }
      const { copyMs, validateMs, insertMs, totalMs, rollupFoldMs } = report.timings;
      log(
        `${report.rows} dòng: ${report.valid} hợp lệ, ${report.invalid} lỗi, ${report.alreadyImported} đã có; ` +
          `${report.applied ? `đã ghi ${report.inserted} hồ sơ` : 'không ghi gì (có dòng lỗi; dùng --apply-valid để ghi các dòng hợp lệ)'}`,
      );
      log(
        `Thời gian: COPY ${copyMs} ms, kiểm tra ${validateMs} ms, ghi ${insertMs} ms, tổng ${totalMs} ms` +
          (rollupFoldMs === undefined ? '' : `; cập nhật số liệu tổng hợp ${rollupFoldMs} ms`),
      );
      process.exitCode = report.applied ? 0 : 1;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
