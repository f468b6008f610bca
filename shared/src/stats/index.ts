export * from './counters'
export * from './figures'
export * from './merged'
