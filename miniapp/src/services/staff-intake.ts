import type { ChannelStats, IntakeResult, StaffIntakeInput } from '@zhengmin/shared'
import { staffRequest } from './staff'

/** 代录入 and the per-channel figures (POST /staff/intake, GET /staff/stats/channels). */

/** Records a message received by phone, letter, visit or 12345; resolves with its 查询码. */
export function recordIntake(input: StaffIntakeInput): Promise<IntakeResult> {
  return staffRequest<IntakeResult>({ method: 'POST', path: '/api/v1/staff/intake', body: input })
}

/** Received, answered, on time and overdue per channel, for a period (and unit). */
export function getChannelStats(period: {
  from: string
  to: string
  unit?: string | undefined
}): Promise<ChannelStats> {
  const params = [`from=${encodeURIComponent(period.from)}`, `to=${encodeURIComponent(period.to)}`]
  if (period.unit) params.push(`unit=${encodeURIComponent(period.unit)}`)
  return staffRequest<ChannelStats>({
    method: 'GET',
    path: `/api/v1/staff/stats/channels?${params.join('&')}`,
  })
}
