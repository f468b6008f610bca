import pino, { type Logger } from 'pino'
import type { AppConfig } from '@zhengmin/config'

/** The process's root logger: JSON lines, secrets and personal data redacted by path. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'zhengmin' },
    redact: {
      paths: ['phone', '*.phone', 'password', '*.password', 'token', '*.token'],
      censor: '[redacted]',
    },
  })
}
