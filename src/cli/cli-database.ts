import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config';
import { APP_DATABASE_NAME, buildDataSourceOptions } from '../infra/database/data-source-options';
import { startEmbeddedPostgres } from '../infra/database/embedded/embedded-postgres';

export interface CliDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

function runningEmbeddedUrl(dataDir: string, port: number): string | null {
  const credentialsFile = path.join(dataDir, 'embedded-postgres.json');
  const appLock = path.join(dataDir, 'app.pid');
  if (!existsSync(credentialsFile) || !existsSync(appLock)) {
    return null;
  }
  const pid = Number.parseInt(readFileSync(appLock, 'utf8'), 10);
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  const { user, password } = JSON.parse(readFileSync(credentialsFile, 'utf8')) as {
    user: string;
    password: string;
  };
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${APP_DATABASE_NAME}`;
}

// The CLI uses DATABASE_URL, or the embedded server: the running app's, or one it starts itself.
export async function openCliDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<CliDatabase> {
  let url = config.database.url;
  let stopEmbedded: (() => Promise<void>) | null = null;
  const embedded = config.database.embedded;
  if (!url && embedded) {
    url = runningEmbeddedUrl(embedded.dataDir, embedded.port);
    if (!url) {
      const server = await startEmbeddedPostgres(embedded, APP_DATABASE_NAME, log);
      url = server.url;
      stopEmbedded = () => server.stop();
    }
  }
  const dataSource = await new DataSource(buildDataSourceOptions(url!, config.database)).initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await stopEmbedded?.();
    },
  };
}
