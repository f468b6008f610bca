/**
 * The bureau's units (经办科室) that receive and answer messages or own guides. Reference data,
 * not code: the list follows the bureau's 2024 disclosure standard (item 13 for messages, the
 * guide items for the service units).
 */
export interface Unit {
  /** Stable code used in the API and the database. */
  code: string
  /** Official Chinese name. */
  name: string
  /** Whether citizens' messages can be dispatched to this unit. */
  answersMessages: boolean
}

export const UNITS: readonly Unit[] = [
  { code: 'office', name: '办公室', answersMessages: true },
  { code: 'petition', name: '信访窗口', answersMessages: true },
  { code: 'labor-inspection', name: '劳动保障监察执法科', answersMessages: true },
  { code: 'legal', name: '法规科', answersMessages: true },
  { code: 'it-service', name: '信息化服务科', answersMessages: true },
  { code: 'social-insurance', name: '市社保局', answersMessages: true },
  { code: 'employment', name: '市就业局', answersMessages: true },
  { code: 'talent', name: '人才管理科', answersMessages: true },
  { code: 'hr-market', name: '人力资源市场服务科', answersMessages: true },
]

/**
 * The official Chinese name of a unit code; undefined for anything that is not one, so each
 * caller says what to show instead (the code itself, 经办科室 …). The one place names are read.
 */
export function unitName(code: unknown): string | undefined {
  return typeof code === 'string' ? findUnit(code)?.name : undefined
}

/** The unit with this code, or undefined. */
export function findUnit(code: string): Unit | undefined {
  return UNITS.find((unit) => unit.code === code)
}
