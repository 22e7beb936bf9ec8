export * from './auth';
export * from './organisation';
export * from './team';
export * from './invitation';
export * from './audit';
export * from './instance';
export * from './feedback';
export * from './network';
