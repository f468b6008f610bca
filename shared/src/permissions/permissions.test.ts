import { MESSAGE_STATUSES } from '../schemas/message'
import {
  canActOnMessage,
  canDecideExtensions,
  canDispatch,
  canEditGuides,
  canExportContacts,
  canManageCalendar,
  canManageStaff,
  canPublish,
  canSeeEveryUnit,
  canSeeMessage,
  STAFF_MESSAGE_ACTIONS,
  type MessageAccessScope,
  type StaffMessageAction,
  type StaffPrincipal,
} from './message-permissions'
import { STAFF_ROLES, staffRoleLabels } from './roles'

const handler: StaffPrincipal = { id: 'h1', role: 'handler', unit: 'social-insurance' }
const office: StaffPrincipal = { id: 'o1', role: 'office' }
const admin: StaffPrincipal = { id: 'a1', role: 'admin' }
// An office account may carry the 办公室 unit code; it still acts bureau-wide.
const officeWithUnit: StaffPrincipal = { id: 'o2', role: 'office', unit: 'office' }
// A handler record without a unit is broken data: it must see and do nothing.
const handlerWithoutUnit: StaffPrincipal = { id: 'h2', role: 'handler' }

const ownUnit: MessageAccessScope = { unit: 'social-insurance', status: 'assigned' }
const otherUnit: MessageAccessScope = { unit: 'employment', status: 'assigned' }
const unassigned: MessageAccessScope = { status: 'submitted' }

/** The expected answer for each action: [own unit, other unit, not yet assigned]. */
type Expectation = Record<StaffMessageAction, [boolean, boolean, boolean]>

const expected: Record<string, { staff: StaffPrincipal; actions: Expectation }> = {
  handler: {
    staff: handler,
    actions: {
      assign: [false, false, false],
      transfer: [true, false, false],
      reply: [true, false, false],
      decline: [true, false, false],
      requestExtension: [true, false, false],
      approveExtension: [false, false, false],
      note: [true, false, false],
    },
  },
  'handler without unit': {
    staff: handlerWithoutUnit,
    actions: {
      assign: [false, false, false],
      transfer: [false, false, false],
      reply: [false, false, false],
      decline: [false, false, false],
      requestExtension: [false, false, false],
      approveExtension: [false, false, false],
      note: [false, false, false],
    },
  },
  ...Object.fromEntries(
    [
      ['office', office],
      ['office with unit', officeWithUnit],
      ['admin', admin],
    ].map(([name, staff]) => [
      name as string,
      {
        staff: staff as StaffPrincipal,
        actions: Object.fromEntries(
          STAFF_MESSAGE_ACTIONS.map((action) => [action, [true, true, true]]),
        ) as Expectation,
      },
    ]),
  ),
}

describe('canActOnMessage', () => {
  const cases = Object.entries(expected).flatMap(([name, { staff, actions }]) =>
    STAFF_MESSAGE_ACTIONS.map((action) => [name, action, staff, actions[action]] as const),
  )

  it.each(cases)('%s × %s', (_name, action, staff, [own, other, none]) => {
    expect(canActOnMessage(staff, ownUnit, action)).toBe(own)
    expect(canActOnMessage(staff, otherUnit, action)).toBe(other)
    expect(canActOnMessage(staff, unassigned, action)).toBe(none)
  })

  it('lets a handler act whatever the state: legality is the lifecycle’s job', () => {
    for (const status of MESSAGE_STATUSES) {
      expect(canActOnMessage(handler, { unit: 'social-insurance', status }, 'reply')).toBe(true)
    }
  })
})

describe('canSeeMessage', () => {
  it('shows a handler only the messages of their own unit', () => {
    expect(canSeeMessage(handler, ownUnit)).toBe(true)
    expect(canSeeMessage(handler, otherUnit)).toBe(false)
    expect(canSeeMessage(handler, unassigned)).toBe(false)
    expect(canSeeMessage(handlerWithoutUnit, { status: 'submitted' })).toBe(false)
  })

  it.each([office, officeWithUnit, admin])('shows $role every message', (staff) => {
    expect(canSeeMessage(staff, ownUnit)).toBe(true)
    expect(canSeeMessage(staff, otherUnit)).toBe(true)
    expect(canSeeMessage(staff, unassigned)).toBe(true)
  })
})

describe('bureau-wide permissions', () => {
  it.each([
    ['handler', false, false, false, false],
    ['office', false, false, true, true],
    ['admin', true, true, true, true],
  ] as const)('%s: calendar %s, staff %s, guides %s, publish %s', (role, cal, st, gd, pub) => {
    const staff = { id: 'x', role }
    expect(canManageCalendar(staff)).toBe(cal)
    expect(canManageStaff(staff)).toBe(st)
    expect(canEditGuides(staff)).toBe(gd)
    expect(canPublish(staff)).toBe(pub)
  })
})

describe('unit-wide and dispatch permissions', () => {
  it.each([
    ['handler', false, false, false, false],
    ['office', true, true, true, false],
    ['admin', true, true, true, true],
  ] as const)(
    '%s: every unit %s, dispatch %s, extensions %s, contacts %s',
    (role, all, dis, ext, con) => {
      const staff = { id: 'x', role }
      expect(canSeeEveryUnit(staff)).toBe(all)
      expect(canDispatch(staff)).toBe(dis)
      expect(canDecideExtensions(staff)).toBe(ext)
      expect(canExportContacts(staff)).toBe(con)
    },
  )
})

describe('staffRoleLabels', () => {
  it('names every role in Chinese', () => {
    expect(STAFF_ROLES.map((role) => staffRoleLabels[role])).toEqual([
      '经办人',
      '科室负责人',
      '办公室',
      '系统管理员',
    ])
  })
})
