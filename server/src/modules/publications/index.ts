// The publications module's front door: 回复选登, public and for the office.
export type { Publication } from './publication.model'
export { publicationsRoutes, staffPublicationsRoutes } from './publications.routes'
export { createPublicationsService, type PublicationsService } from './publications.service'
