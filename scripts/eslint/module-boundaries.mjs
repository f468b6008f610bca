// The repository's layering, checked on every import by ESLint (rule `zhengmin/module-boundaries`):
//
// - shared/ is pure domain: it imports nothing of server/, config/ or miniapp/, by package name
//   or by path.
// - A server module (server/src/modules/<name>/) is used by others only through its front door,
//   its index.ts: `../messages`, never `../messages/message.model`. The same holds for app.ts,
//   main.ts, the CLI and http/. Exempt: db/models.ts, the registry that binds every module's
//   model to a connection, and tests, which may set up state through a module's inside.
// - Routes only wire: a *.routes.ts file imports no *.model.ts (services own the database).
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const MODULES = 'server/src/modules'
const MODEL_REGISTRY = 'server/src/db/models.ts'
const SHARED_MAY_NOT_IMPORT = ['server', 'config', 'miniapp']

/** A path relative to the repository, with forward slashes. */
const fromRoot = (absolute) => path.relative(ROOT, absolute).split(path.sep).join('/')

/** The module a repository path lies in (`messages` for server/src/modules/messages/x.ts). */
function moduleOf(file) {
  const match = new RegExp(`^${MODULES}/([^/]+)/`).exec(file)
  return match?.[1]
}

const isTest = (file) => /\.test\.tsx?$/.test(file)

/** What is wrong with importing `specifier` from `file` (repository path), if anything. */
function violation(file, specifier) {
  const target = specifier.startsWith('.')
    ? fromRoot(path.resolve(ROOT, path.dirname(file), specifier))
    : undefined

  if (file.startsWith('shared/')) {
    const pkg = /^@zhengmin\/(server|config|miniapp)(\/|$)/.exec(specifier)?.[1]
    const dir = target?.split('/')[0]
    const what = pkg ?? (SHARED_MAY_NOT_IMPORT.includes(dir) ? dir : undefined)
    return what ? { messageId: 'sharedIsPure', data: { what } } : undefined
  }

  if (!target || !file.startsWith('server/src/')) return undefined

  if (/\.routes\.ts$/.test(file) && /\.model$/.test(target)) {
    return { messageId: 'routesImportNoModel', data: { specifier } }
  }

  const targetModule = moduleOf(`${target}/`)
  if (!targetModule || targetModule === moduleOf(file)) return undefined
  if (file === MODEL_REGISTRY || isTest(file)) return undefined
  const frontDoor = `${MODULES}/${targetModule}`
  if (target === frontDoor || target === `${frontDoor}/index`) return undefined
  return { messageId: 'throughFrontDoor', data: { specifier, module: targetModule } }
}

/** @type {import('eslint').Rule.RuleModule} */
const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps shared pure, modules behind their index.ts, models out of routes' },
    schema: [],
    messages: {
      sharedIsPure: 'shared/ is pure domain and imports nothing of {{what}}.',
      throughFrontDoor:
        "Import the {{module}} module through its index ('…/{{module}}'), not '{{specifier}}'.",
      routesImportNoModel:
        "Routes only wire: '{{specifier}}' is a model; let a service read and write it.",
    },
  },
  create(context) {
    const file = fromRoot(context.filename)
    const check = (node) => {
      const specifier = node?.source?.value
      if (typeof specifier !== 'string') return
      const problem = violation(file, specifier)
      if (problem) context.report({ node: node.source, ...problem })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

export default { rules: { 'module-boundaries': moduleBoundaries } }
