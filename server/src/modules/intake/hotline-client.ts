import type { IntakeConfig } from '@zhengmin/config'
import type { HotlineAnswerPayload } from './hotline.model'

/** The 12345 platform refused or could not be reached; `permanent` means retrying will not help. */
export class HotlineError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message)
    this.name = 'HotlineError'
  }
}

/** The one call this server makes to the 12345 platform: the answer to a 工单. */
export interface HotlineClient {
  deliverAnswer(payload: HotlineAnswerPayload): Promise<void>
}

/**
 * `POST {HOTLINE_API_BASE_URL}/tickets/{工单号}/answer` with the answer as JSON and the key in
 * `X-Api-Key`. Any 2xx is delivered; 4xx other than 408 and 429 will not improve by retrying.
 */
export function createHotlineClient(deps: {
  config: IntakeConfig['hotline'] & { answerBaseUrl: string }
  fetch?: typeof fetch
}): HotlineClient {
  const fetchFn = deps.fetch ?? fetch
  const { config } = deps
  return {
    async deliverAnswer(payload) {
      let response: Response
      try {
        response = await fetchFn(
          `${config.answerBaseUrl}/tickets/${encodeURIComponent(payload.ticketId)}/answer`,
          {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              ...(config.answerKey ? { 'X-Api-Key': config.answerKey } : {}),
            },
            body: JSON.stringify(payload),
            signal: AbortSignal.timeout(config.timeoutMs),
          },
        )
      } catch (error) {
        throw new HotlineError(`12345 platform unreachable: ${(error as Error).message}`, false)
      }
      // Read (and drop) the body so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined)
      if (response.ok) return
      const permanent =
        response.status >= 400 &&
        response.status < 500 &&
        response.status !== 408 &&
        response.status !== 429
      throw new HotlineError(`12345 platform answered HTTP ${response.status}`, permanent)
    },
  }
}
