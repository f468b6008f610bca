export * from './roles'
export * from './message-permissions'
export * from './merge-and-anonymity'
export * from './intake-permissions'
