export * from './roles'
export * from './message-permissions'
export * from './answer-signoff'
