import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths that may hold secrets: never written to a log, whatever the level. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.apiKey',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, destination);
}

/** A logger that writes nothing: for tests and one-shot CLI commands. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
