export * from './roles'
export * from './message-permissions'
export * from './intake-permissions'
