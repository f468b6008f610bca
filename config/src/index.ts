export * from './env'
export * from './units'
