// The reference module's front door: lookup lists (units, categories) for the apps.
export { referenceRoutes } from './reference.routes'
