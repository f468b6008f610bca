/**
 * Public-service guides (办事指南): the schema the office edits against and the app renders,
 * and helpers that tell which parts are still to be confirmed with the responsible unit.
 */
export * from './schema'
export * from './hotline'
export * from './completeness'
export * from './disclosure'
export * from './changes'
