import pino, { type Logger } from 'pino';

/**
 * Paths that must never reach a log line, whatever a module passes in:
 * credentials in bodies, headers and the objects modules log.
 */
const REDACTED_PATHS = [
  'password',
  'token',
  'cookie',
  '*.password',
  '*.token',
  '*.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
];

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LevelName = (typeof LEVELS)[number];

function levelFromEnvironment(): LevelName {
  const wanted = (process.env.LOG_LEVEL ?? 'info').toLowerCase();
  return (LEVELS as readonly string[]).includes(wanted) ? (wanted as LevelName) : 'info';
}

/**
 * The process's one root logger: JSON lines on stdout, level from `LOG_LEVEL`.
 * Alarms (something an operator must act on) are logged at `error` or `fatal`
 * with `alarm: true`, so monitoring can match a field instead of a word.
 */
export const rootLogger: Logger = pino({
  level: levelFromEnvironment(),
  base: { service: 'hyte-tyotila' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  formatters: { level: (label) => ({ level: label }) },
});

/** One logger per module: `const log = moduleLogger('persistence')`. */
export function moduleLogger(module: string): Logger {
  return rootLogger.child({ module });
}

export type { Logger };
