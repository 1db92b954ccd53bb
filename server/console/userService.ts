// Creating and updating console accounts (used by `npm run console:user` and tests).
import { randomUUID } from 'node:crypto';
import { CONSOLE_ROLES, consoleUserSchema, type ConsoleRole, type ConsoleUser } from './consoleUser.js';
import { MIN_PASSWORD_LENGTH, hashPassword } from './password.js';
import type { ConsoleSessionStore } from './sessionStore.js';
import type { ConsoleUserStore } from './userStore.js';
import { canonicalEmail } from '../../knowledge/shared/contactDetails.js';

export interface NewConsoleUser {
  email: string;
  password: string;
  role: ConsoleRole;
  displayName?: string;
  structureId?: string;
  region?: string;
}

export class ConsoleUserInputError extends Error {}

export async function upsertConsoleUser(
  users: ConsoleUserStore,
  input: NewConsoleUser,
  sessions?: ConsoleSessionStore,
): Promise<{ user: ConsoleUser; created: boolean }> {
  if (!(CONSOLE_ROLES as readonly string[]).includes(input.role)) {
    throw new ConsoleUserInputError(`role must be one of ${CONSOLE_ROLES.join(', ')}`);
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new ConsoleUserInputError(`password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const email = canonicalEmail(input.email);
  const existing = await users.findByEmail(email);
  const candidate: ConsoleUser = {
    id: existing?.id ?? randomUUID(),
    email,
    displayName: input.displayName?.trim() || email.split('@')[0],
    role: input.role,
    structureId: input.role === 'counsellor' ? input.structureId?.trim() || undefined : input.structureId?.trim() || undefined,
    region: input.region?.trim() || undefined,
    passwordHash: await hashPassword(input.password),
    createdAt: existing?.createdAt ?? new Date().toISOString(),
  };
  const parsed = consoleUserSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new ConsoleUserInputError(parsed.error.issues.map((i) => `${i.path.join('.') || 'user'}: ${i.message}`).join('; '));
  }
  await users.save(candidate);
  // A changed password or role ends the account's open sessions.
  if (existing && sessions) await sessions.deleteForUser(existing.id);
  return { user: candidate, created: !existing };
}
