// The search module's front door: Chinese word search for messages, publications and guides.
export { createGuideSearch } from './guide-search'
export { reindexInBackground, reindexSearch } from './reindex'
export {
  MAX_RANKED_MATCHES,
  parseQuery,
  rankedPage,
  rankMatches,
  searchFieldsOf,
  searchFilter,
  searchSchemaFields,
  type SearchFields,
} from './search'
