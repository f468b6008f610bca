/** Helpers for page tests: typing as Taro's inputs report it, waiting, signing staff in. */
import { act, fireEvent, screen } from '@testing-library/react'
import type { StaffRole } from '@zhengmin/shared'
import { resetStaffSessionMemory } from '../src/stores/staff-session'
import * as taro from './taro'

export const STAFF_TOKEN = 'b'.repeat(43)

/** Types into a Taro Input/Textarea (they report `detail.value` on an input event). */
export function typeInto(testId: string, value: string) {
  fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value } }))
}

/** Lets pending promises (answers of the request double) settle and React re-render. */
export async function flush() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

/** A stored staff session, as the login page leaves it. */
export function signInStaff(role: StaffRole, unit?: string) {
  taro.setStorageSync('zhengmin.staffSession', {
    token: STAFF_TOKEN,
    expiresAt: '2099-01-01T00:00:00.000+08:00',
    staff: { id: 's1', username: role, displayName: '测试人员', role, ...(unit ? { unit } : {}) },
  })
  resetStaffSessionMemory()
}

/** Text of every element with this test id. */
export function texts(testId: string): string[] {
  return screen.queryAllByTestId(testId).map((element) => element.textContent ?? '')
}
