import type { StaffLogin, StaffProfile, StaffSession } from '@zhengmin/shared'
import { clearStaffSession, saveStaffSession, staffSession } from '../stores/staff-session'
import { apiRequest, isApiError, type ApiRequest } from './api'

/** A staff call: the session's token as a Bearer header; a 401 forgets the session. */
export async function staffRequest<T>(request: ApiRequest): Promise<T> {
  const session = staffSession()
  try {
    return await apiRequest<T>({
      ...request,
      headers: {
        ...request.headers,
        ...(session ? { Authorization: `Bearer ${session.token}` } : {}),
      },
    })
  } catch (error) {
    if (isApiError(error) && error.status === 401) clearStaffSession()
    throw error
  }
}

/** Whether an error means the staff member must sign in (again). */
export function isSignedOut(error: unknown): boolean {
  return isApiError(error) && error.status === 401
}

/** Signs in; the session is kept (memory + storage) for the following calls. */
export async function staffLogin(input: StaffLogin): Promise<StaffSession> {
  const session = await apiRequest<StaffSession>({
    method: 'POST',
    path: '/api/v1/staff/session',
    body: input,
    rateLimitedAction: '登录尝试',
  })
  saveStaffSession(session)
  return session
}

/** Signs out on the server (best effort) and forgets the session here in any case. */
export async function staffLogout(): Promise<void> {
  try {
    if (staffSession())
      await staffRequest<void>({ method: 'DELETE', path: '/api/v1/staff/session' })
  } catch {
    // The token is forgotten below; the server lets it expire.
  } finally {
    clearStaffSession()
  }
}

/** The signed-in staff member, as the server knows them. */
export function fetchStaffMe(): Promise<StaffProfile> {
  return staffRequest<StaffProfile>({ method: 'GET', path: '/api/v1/staff/me' })
}

/** A unit that can receive messages. */
export interface UnitOption {
  code: string
  name: string
}

/** The units a message can be assigned or transferred to. */
export async function listUnits(): Promise<UnitOption[]> {
  const { items } = await apiRequest<{ items: UnitOption[] }>({
    method: 'GET',
    path: '/api/v1/units',
  })
  return items
}
