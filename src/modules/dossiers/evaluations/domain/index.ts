// Citizen ratings of returned dossiers: the nine indices and the unit averages, for the reports.
export * from './evaluation-average';
export * from './evaluation-indices';
