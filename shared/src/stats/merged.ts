/**
 * 并单 in the figures (统计口径): a group of duplicates merged into a lead is judged once, on the
 * lead. A duplicate does not count as received (merging takes it out of its unit's receipts,
 * separating puts it back), its answer — the lead's — is not counted again, and while it waits
 * for the lead it is never overdue on its own. Ratings still count: each citizen rated the
 * answer they received.
 */
export function countedOnItsOwn(message: { duplicateOf?: unknown }): boolean {
  return message.duplicateOf === undefined || message.duplicateOf === null
}
