// The reports module's pure core: report periods, the Biểu 06 columns a dossier counts in, the
// form as data. Plain TypeScript: no framework, no database, no clock.
export * from './dossier-period-facts';
export * from './form-06';
export * from './form-06-counts';
export * from './report-period';
