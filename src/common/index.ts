export * from './errors/domain-error';
export * from './with-timeout';
export * from './content-disposition';
