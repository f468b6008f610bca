// The health module's front door: GET /health and the database probe behind it.
export { createDatabaseProbe, healthCheck, healthRoutes } from './health.routes'
