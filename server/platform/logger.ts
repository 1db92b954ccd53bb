import { pino, type Logger } from 'pino';
import { redactValue, redactText } from './redact.js';

export type { Logger };

// Structured JSON logs. Every object and message goes through redaction so that a careless
// `log.info({ activity })` cannot leak what a person typed.
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'cep-accueil' },
      formatters: {
        log: (obj) => redactValue(obj) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const mapped = args.map((a) => (typeof a === 'string' ? redactText(a) : a));
          return method.apply(this, mapped as Parameters<typeof method>);
        },
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'], censor: '[secret]' },
    },
    destination,
  );
}

export const rootLogger = createLogger(process.env.NODE_ENV === 'test' ? process.env.LOG_LEVEL ?? 'silent' : undefined);
