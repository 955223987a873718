// The dossiers module's pure core: statuses, the workflow table, codes, the clock, classification
// and control-sheet rows. Plain TypeScript: no framework, no database, no clock.
export * from './apology';
export * from './apply-clock-effect';
export * from './classification';
export * from './consultation';
export * from './dossier-actions';
export * from './dossier-clock';
export * from './dossier-code';
export * from './dossier-status';
export * from './dossier-workflow';
export * from './dossier.errors';
export * from './handling-deadlines';
export * from './handling-time';
export * from './history-entry';
export * from './route-step-due';
