import Taro from '@tarojs/taro'
import type { OverdueItem, StatsReport, StatsTrend, TrendGranularity } from '@zhengmin/shared'
import { staffSession } from '../stores/staff-session'
import { ApiError, NETWORK_ERROR_MESSAGE, toApiError } from './api'
import { API_BASE } from './config'
import { staffRequest } from './staff'

/** The dashboard's endpoints: figures, trend, overdue list and exports. */

export interface StatsPeriod {
  from: string
  to: string
  unit?: string | undefined
}

function queryOf(fields: Record<string, string | boolean | undefined>): string {
  const pairs = Object.entries(fields).filter(
    (entry): entry is [string, string | boolean] => entry[1] !== undefined && entry[1] !== '',
  )
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`).join('&')
}

export function getStats(period: StatsPeriod): Promise<StatsReport> {
  return staffRequest({ method: 'GET', path: `/api/v1/staff/stats?${queryOf({ ...period })}` })
}

export function getTrend(period: StatsPeriod, granularity: TrendGranularity): Promise<StatsTrend> {
  return staffRequest({
    method: 'GET',
    path: `/api/v1/staff/stats/trend?${queryOf({ ...period, granularity })}`,
  })
}

export function getOverdue(unit?: string): Promise<{ items: OverdueItem[]; total: number }> {
  return staffRequest({ method: 'GET', path: `/api/v1/staff/stats/overdue?${queryOf({ unit })}` })
}

export interface ExportRequest extends StatsPeriod {
  kind: 'figures' | 'messages'
  format: 'csv' | 'xlsx'
  includePhone?: boolean
  reason?: string
}

/** Export formats each target can hand over: WeChat opens XLSX documents, not CSV. */
export const EXPORT_FORMATS: ExportRequest['format'][] =
  process.env.TARO_ENV === 'h5' ? ['xlsx', 'csv'] : ['xlsx']

const fileName = (request: ExportRequest) =>
  `${request.kind === 'figures' ? '留言办理统计' : '留言清单'}_${request.from}_${request.to}.${request.format}`

/**
 * Downloads an export: in the browser as a file saved by the browser, in the mini-program as a
 * document WeChat opens (and can forward). Rejects with an ApiError the page can show.
 */
export async function downloadExport(request: ExportRequest): Promise<void> {
  const session = staffSession()
  const path = `/api/v1/staff/stats/export?${queryOf({
    from: request.from,
    to: request.to,
    unit: request.unit,
    kind: request.kind,
    format: request.format,
    ...(request.includePhone ? { includePhone: true, reason: request.reason } : {}),
  })}`
  const headers: Record<string, string> = session
    ? { Authorization: `Bearer ${session.token}` }
    : {}
  if (process.env.TARO_ENV === 'h5') {
    let response: Response
    try {
      response = await fetch(`${API_BASE}${path}`, { headers, credentials: 'same-origin' })
    } catch {
      throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE })
    }
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => undefined)
      throw toApiError(
        response.status,
        body,
        response.headers.get('retry-after') ?? undefined,
        '导出',
      )
    }
    const url = URL.createObjectURL(await response.blob())
    const link = document.createElement('a')
    link.href = url
    link.download = fileName(request)
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return
  }
  let result: Taro.downloadFile.FileSuccessCallbackResult
  try {
    result = await Taro.downloadFile({ url: `${API_BASE}${path}`, header: headers })
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE })
  }
  if (result.statusCode !== 200) {
    throw toApiError(result.statusCode, undefined, undefined, '导出')
  }
  await Taro.openDocument({ filePath: result.tempFilePath, fileType: 'xlsx', showMenu: true })
}
