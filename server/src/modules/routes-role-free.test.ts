import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { STAFF_ROLES } from '@zhengmin/shared'

// Role rules live in the policy functions of shared/src/permissions (canPublish, canDispatch …);
// a route only authenticates, with `requireStaff(policy)`. A role name written in a route file
// is a rule in the wrong place.

const MODULES = __dirname

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(path)
    return entry.name.endsWith('.routes.ts') ? [path] : []
  })
}

/** Every role name as a string literal, and every read of a `.role` property. */
function roleRulesIn(source: string): string[] {
  const literal = new RegExp(`(['"\`])(${STAFF_ROLES.join('|')})\\1`, 'g')
  const roleRead = /\.role\b/g
  return [...source.matchAll(literal), ...source.matchAll(roleRead)].map((match) => match[0])
}

describe('route files hold no role rules', () => {
  const files = routeFiles(MODULES)

  it('finds the route files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10)
  })

  it.each(files.map((file) => [relative(MODULES, file), file]))('%s', (_name, file) => {
    expect(roleRulesIn(readFileSync(file, 'utf8'))).toEqual([])
  })

  it('recognises a role list and a role comparison', () => {
    expect(roleRulesIn(`requireStaff('office', "admin")`)).toEqual([`'office'`, `"admin"`])
    expect(roleRulesIn('if (staff.role === x) {}')).toEqual(['.role'])
    expect(roleRulesIn('requireStaff(canPublish)')).toEqual([])
  })
})
