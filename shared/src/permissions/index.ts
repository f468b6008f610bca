export * from './roles'
export * from './message-permissions'
