export * from './env'
export * from './units'
export * from './guides'
export * from './routing-rules'
