export * from './roles'
export * from './message-permissions'
export * from './attachment-permissions'
