import { toBeijingIsoString, type DeadlineExplanation } from '@zhengmin/shared'

/** A deadline's day-by-day account as JSON, instants in Beijing time like the rest of the API. */
export function presentExplanation(explanation: DeadlineExplanation) {
  return {
    ...explanation,
    receivedAt: toBeijingIsoString(explanation.receivedAt),
    dueAt: toBeijingIsoString(explanation.dueAt),
  }
}
