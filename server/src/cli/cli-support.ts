import { ConfigError } from '@zhengmin/config'
import { AppError } from '../http/errors'

/** Writes one line of output for the operator. */
export function print(line = ''): void {
  process.stdout.write(`${line}\n`)
}

/** Says what went wrong on stderr and exits with status 1. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

/**
 * Runs a command's main function, turning the errors operators can fix (configuration,
 * validation with its fields) into readable Chinese messages and a non-zero exit.
 */
export function runCli(main: (argv: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof ConfigError) fail(error.message)
    if (error instanceof AppError) {
      const fields = error.details.fields?.map((f) => `  ${f.field}: ${f.message}`).join('\n')
      fail(`${error.message}${fields ? `\n${fields}` : ''}`)
    }
    fail(`失败：${error instanceof Error ? error.message : String(error)}`)
  })
}
