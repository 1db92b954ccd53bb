// The one typed configuration module: every setting comes from the environment, is validated here,
// and has an embedded default so that `npm start` works on a fresh machine without keys or Redis.
// Every variable is documented in .env.example (keep both in step).
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('127.0.0.1'),
  /** Public base URL printed at start-up and used in links (defaults to http://HOST:PORT). */
  PUBLIC_URL: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  /** Where the embedded stores (file state, ticket journal, sessions) live. */
  DATA_DIR: z.string().default('.data'),
  /** Conversation/user state: memory (tests), file (embedded default) or redis. */
  STATE_STORE: z.enum(['memory', 'file', 'redis']).default('file'),
  /** Hand-off tickets: journal (embedded default, append-only file) or redis. */
  TICKET_STORE: z.enum(['memory', 'journal', 'redis']).default('journal'),
  REDIS_URL: optionalString,
  REDIS_KEY_PREFIX: z.string().default('cep:'),
  /** Conversation state TTL; personal data in state is purged when it expires. */
  STATE_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 3600),

  // Bot Framework / Azure Bot Service. Without an app id the endpoint runs in local mode
  // (Emulator, tests); with one, incoming JWTs are validated as Azure requires.
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalString,

  /** Secret used to sign Direct Line tokens. A random one is generated per process when unset. */
  DIRECTLINE_SECRET: optionalString,
  DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(3600),

  /** Directory holding the knowledge snapshot (defaults to the built-in one shipped in the repo). */
  KB_DIR: optionalString,
  /** Embeddings used by the hybrid search: trained (embedded default) or transformers (local model dir). */
  EMBEDDINGS: z.enum(['trained', 'transformers', 'none']).default('trained'),
  TRANSFORMERS_MODEL_DIR: optionalString,
  /** Optional Lhéo 2.3 XML file of training offers to load at start-up (none by default). */
  TRAINING_OFFERS_FILE: optionalString,

  /** Optional LLM assist for structured extraction only (OpenAI-compatible). Off by default. */
  LLM_ENABLED: bool.default(false),
  LLM_BASE_URL: optionalString,
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,

  /** Region overrides of the routing rules and regional operator directory (CSV), no code needed. */
  ROUTING_OVERRIDES_FILE: optionalString,
  REGION_DIRECTORY_FILE: optionalString,

  /** Tickets: closed tickets are anonymised after this many days. */
  TICKET_RETENTION_DAYS: z.coerce.number().int().positive().default(90),
  /** How often the ticket retention job runs in the server (minutes). */
  TICKET_RETENTION_INTERVAL_MINUTES: z.coerce.number().int().positive().default(60),
  /** Bearer tokens of the tickets REST API, stored hashed (`npm run tickets:token`). Default: DATA_DIR/api-tokens.json. */
  TICKETS_API_TOKENS_FILE: optionalString,
  /** Console session secret (cookies); random per process when unset. */
  CONSOLE_SESSION_SECRET: optionalString,
  /** Console session lifetime (absolute, from login). */
  CONSOLE_SESSION_TTL_MINUTES: z.coerce.number().int().positive().default(480),
  /** Console login rate limit: failed attempts per (IP, e-mail) allowed within the window. */
  CONSOLE_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  CONSOLE_LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Console login rate limit per e-mail across every IP (password spraying from many addresses). */
  CONSOLE_LOGIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().positive().default(20),

  // ---- Abuse limits and proxies ----
  /** Proxies whose X-Forwarded-For is believed (comma-separated IPs/CIDRs or loopback, linklocal, uniquelocal). Empty: none. */
  TRUST_PROXY: optionalString,
  /** Per-IP requests per minute; 0 switches a limit off. Shared through Redis when REDIS_URL is set. */
  RATE_LIMIT_DIRECTLINE_PER_MINUTE: z.coerce.number().int().min(0).default(20),
  RATE_LIMIT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  RATE_LIMIT_KNOWLEDGE_PER_MINUTE: z.coerce.number().int().min(0).default(60),
  RATE_LIMIT_VOICE_RELAY_PER_MINUTE: z.coerce.number().int().min(0).default(20),
  /** Keys phone callers' ids (HMAC of the number). Generated once in DATA_DIR/caller-id.key (0600) when unset. */
  CALLER_ID_SECRET: optionalString,

  /** Web chat: where the esbuild bundle of Web Chat is cached between starts (content-hashed files). */
  WEBCHAT_BUILD_DIR: z.string().default('var/webchat'),
  /** Public pages (citizen page and console): who runs the service, shown next to the Marianne block. */
  SITE_OPERATOR_NAME: z.string().trim().min(1).max(120).default('Conseil en évolution professionnelle'),
  /** RGAA compliance level shown in the footer (« Accessibilité : … »), as stated by the deploying Region. */
  SITE_ACCESSIBILITY_STATUS: z.enum(['non conforme', 'partiellement conforme', 'totalement conforme']).default('non conforme'),
  /** Footer links; when unset, the built-in French pages are shown (/accessibilite, /mentions-legales, /donnees-personnelles). */
  SITE_ACCESSIBILITY_URL: optionalString,
  SITE_LEGAL_NOTICE_URL: optionalString,
  SITE_PRIVACY_URL: optionalString,

  /** Voice: SMS sender for links on the phone channel (none by default). */
  SMS_SENDER: optionalString,
  /** Voice relay (ConversationRelay): caller silence after a question before a reprompt (ms). */
  VOICE_NO_INPUT_MS: z.coerce.number().int().positive().default(8000),
  /** Speaking rate of the provider's French voice (characters/s): silence timer after playback, turn budget. */
  VOICE_TTS_CHARS_PER_SECOND: z.coerce.number().positive().default(19),
  /** Keypad entry ends this long after the last key, or on "#" (ms). */
  VOICE_DTMF_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  /** Speech budget of one voice turn (s); the rest waits behind « voulez-vous plus de détails ? ». */
  VOICE_TURN_BUDGET_SECONDS: z.coerce.number().positive().default(25),
  /** TTS voice name written in SSML (engine-specific, e.g. an Azure voice); none by default. */
  VOICE_SSML_VOICE_NAME: optionalString,
  /** Where VoiceAI Connect reads SSML: `speak` (Bot Framework field), `text` (SSML inside the text), `none`. */
  VOICE_AUDIOCODES_SSML: z.enum(['speak', 'text', 'none']).default('speak'),
  /** Provider auth token: when set, relay WebSocket upgrades must carry a valid X-Twilio-Signature. */
  VOICE_RELAY_AUTH_TOKEN: optionalString,
  WHISPER_MODEL_DIR: optionalString,
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Abuse limits, switched off by default under NODE_ENV=test (functional suites drive many turns from one IP). */
export const RATE_LIMIT_SETTINGS = [
  'RATE_LIMIT_DIRECTLINE_PER_MINUTE',
  'RATE_LIMIT_MESSAGES_PER_MINUTE',
  'RATE_LIMIT_KNOWLEDGE_PER_MINUTE',
  'RATE_LIMIT_VOICE_RELAY_PER_MINUTE',
] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  if (env.NODE_ENV === 'test') {
    env = { ...env };
    for (const name of RATE_LIMIT_SETTINGS) env[name] ??= '0';
  }
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const cfg = parsed.data;
  if ((cfg.STATE_STORE === 'redis' || cfg.TICKET_STORE === 'redis') && !cfg.REDIS_URL) {
    throw new ConfigError('Invalid configuration:\n  REDIS_URL: required when STATE_STORE or TICKET_STORE is redis');
  }
  if (cfg.MicrosoftAppId && !cfg.MicrosoftAppPassword && cfg.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError('Invalid configuration:\n  MicrosoftAppPassword: required with MicrosoftAppId');
  }
  return cfg;
}

export function publicUrl(cfg: AppConfig, port = cfg.PORT): string {
  return cfg.PUBLIC_URL ?? `http://${cfg.HOST === '0.0.0.0' ? 'localhost' : cfg.HOST}:${port}`;
}
