// The catalog's HTTP API, for the composition root (app.module.ts) only. It stays out of
// index.ts, which identity imports: see agencies.module.ts.
export { AgenciesModule } from './agencies/agencies.module';
