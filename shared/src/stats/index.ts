export * from './counters'
export * from './figures'
