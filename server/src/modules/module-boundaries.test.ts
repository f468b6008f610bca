import { execFile } from 'node:child_process'
import path from 'node:path'

// The layering rule (scripts/eslint/module-boundaries.mjs, switched on in eslint.config.mjs) is
// checked here through ESLint itself with the repository's configuration, on files that exist
// only in this test. ESLint loads its configuration with import(), which jest's module sandbox
// does not allow, so it runs in a child process.

const ROOT = path.resolve(__dirname, '../../..')

const LINT_SCRIPT = `
import path from 'node:path'
import { ESLint } from 'eslint'
let input = ''
for await (const chunk of process.stdin) input += chunk
const root = process.cwd()
const eslint = new ESLint({
  cwd: root,
  // The files are virtual, so no TypeScript project knows them: lint without type information.
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
})
const results = []
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })))
}
process.stdout.write(JSON.stringify(results))
`

interface Finding {
  ruleId: string | null
  message: string
}

/** What ESLint reports for each virtual file, in order. */
function lint(files: { file: string; code: string }[]): Promise<Finding[][]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', LINT_SCRIPT],
      { cwd: ROOT, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`))
        else resolve(JSON.parse(stdout) as Finding[][])
      },
    )
    child.stdin?.end(JSON.stringify(files))
  })
}

const boundaryFindings = (findings: Finding[]) =>
  findings.filter((finding) => finding.ruleId === 'zhengmin/module-boundaries')

describe('module boundaries (ESLint)', () => {
  let results: Finding[][]

  beforeAll(async () => {
    results = await lint([
      {
        file: 'server/src/modules/stats/reach-in.ts',
        code: "import { messageModel } from '../messages/message.model'\nexport const model = messageModel\n",
      },
      {
        file: 'server/src/modules/stats/front-door.ts',
        code: "import { createPersonalDataAudit } from '../messages'\nexport const audit = createPersonalDataAudit\n",
      },
      {
        file: 'server/src/modules/messages/virtual.routes.ts',
        code: "import type { Message } from './message.model'\nexport type Row = Message\n",
      },
      {
        file: 'shared/src/messages/virtual.ts',
        code: "import { UNITS } from '@zhengmin/config'\nimport { createApp } from '../../../server/src/app'\nexport const both = [UNITS, createApp]\n",
      },
      {
        file: 'server/src/modules/stats/virtual.test.ts',
        code: "import { messageModel } from '../messages/message.model'\nexport const model = messageModel\n",
      },
    ])
  }, 60_000)

  it('reports a module reaching into another one past its index', () => {
    expect(boundaryFindings(results[0]!)).toEqual([
      {
        ruleId: 'zhengmin/module-boundaries',
        message:
          "Import the messages module through its index ('…/messages'), not '../messages/message.model'.",
      },
    ])
  })

  it('accepts an import through the index, with nothing else to say', () => {
    expect(results[1]).toEqual([])
  })

  it('reports a route importing a model', () => {
    expect(boundaryFindings(results[2]!).map((finding) => finding.message)).toEqual([
      "Routes only wire: './message.model' is a model; let a service read and write it.",
    ])
  })

  it('reports shared importing config or server', () => {
    expect(boundaryFindings(results[3]!).map((finding) => finding.message)).toEqual([
      'shared/ is pure domain and imports nothing of config.',
      'shared/ is pure domain and imports nothing of server.',
    ])
  })

  it('lets a test set up state through a module’s inside', () => {
    expect(boundaryFindings(results[4]!)).toEqual([])
  })
})
