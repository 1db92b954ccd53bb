// Account administration behind the console's administration page (and the CLI's structure check):
// create, disable, re-enable, reset a password by one-time link or temporary password, record
// logins. Structures are chosen from the operator directory, never typed.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { allRegions, departementRegionOf } from './structureRegions.js';
import { consoleUserSchema, type ConsoleRole, type ConsoleUser } from './consoleUser.js';
import { MIN_PASSWORD_LENGTH, hashPassword } from './password.js';
import type { ConsoleSessionStore } from './sessionStore.js';
import type { ConsoleUserStore } from './userStore.js';
import { ConsoleUserInputError } from './userService.js';
import { canonicalEmail, isEmailAddress } from '../../knowledge/shared/contactDetails.js';

/** What the administration page needs to know of a directory structure. */
export interface DirectoryStructure {
  id: string;
  name: string;
  type?: string;
  departement?: string;
  territory?: { kind: string; communes?: string[]; departements?: string[]; region?: string };
}

export const RESET_LINK_TTL_MS = 72 * 3600_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The regions a structure serves (from its département, its territory's départements or region). */
export function regionsOfStructure(s: DirectoryStructure): string[] {
  const regions = new Set<string>();
  if (s.territory?.kind === 'region' && s.territory.region) regions.add(s.territory.region);
  const departements = [...(s.departement ? [s.departement] : []), ...(s.territory?.departements ?? []), ...(s.territory?.communes ?? []).map((c) => (c.startsWith('97') ? c.slice(0, 3) : c.slice(0, 2)))];
  for (const d of departements) {
    const r = departementRegionOf(d);
    if (r) regions.add(r);
  }
  return [...regions];
}

/** Structures a counsellor account can belong to (national entry points have no queue). */
export function assignableStructures(all: readonly DirectoryStructure[], region?: string): DirectoryStructure[] {
  return all
    .filter((s) => s.territory?.kind !== 'national')
    .filter((s) => !region || regionsOfStructure(s).includes(region))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export function temporaryPassword(): string {
  // 16 characters from an alphabet without look-alikes, easy to dictate.
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export interface NewAccount {
  email: string;
  displayName: string;
  role: ConsoleRole;
  structureId?: string;
  region?: string;
}

export class AccountAdministration {
  constructor(
    private readonly users: ConsoleUserStore,
    private readonly sessions: ConsoleSessionStore,
    private readonly structures: () => readonly DirectoryStructure[],
    private readonly clock: () => Date = () => new Date(),
  ) {}

  structureById(id: string): DirectoryStructure | undefined {
    return this.structures().find((s) => s.id === id);
  }

  /** Checks role, structure (from the directory) and region; returns the values to store. */
  validate(input: NewAccount): NewAccount {
    const email = canonicalEmail(input.email);
    if (!isEmailAddress(email)) throw new ConsoleUserInputError('L’adresse électronique n’est pas valide.');
    const displayName = input.displayName.trim();
    if (!displayName) throw new ConsoleUserInputError('Indiquez le nom de la personne.');
    if (input.role === 'counsellor') {
      const structure = input.structureId ? this.structureById(input.structureId) : undefined;
      if (!structure) throw new ConsoleUserInputError('Choisissez la structure du conseiller ou de la conseillère dans l’annuaire.');
      return { email, displayName, role: input.role, structureId: structure.id, region: regionsOfStructure(structure)[0] };
    }
    if (input.role === 'supervisor') {
      if (!input.region || !allRegions().includes(input.region)) throw new ConsoleUserInputError('Choisissez la région du superviseur ou de la superviseure.');
      return { email, displayName, role: input.role, region: input.region };
    }
    return { email, displayName, role: 'admin' };
  }

  /** Creates an account without a usable password; the caller then issues a link or a temporary password. */
  async create(input: NewAccount): Promise<ConsoleUser> {
    const v = this.validate(input);
    if (await this.users.findByEmail(v.email)) throw new ConsoleUserInputError('Un compte existe déjà avec cette adresse électronique.');
    const user: ConsoleUser = {
      id: randomUUID(),
      email: v.email,
      displayName: v.displayName,
      role: v.role,
      structureId: v.structureId,
      region: v.region,
      // Nobody knows this password: the account is usable only after a reset.
      passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
      createdAt: this.clock().toISOString(),
    };
    consoleUserSchema.parse(user);
    await this.users.save(user);
    return user;
  }

  private async update(id: string, change: (u: ConsoleUser) => ConsoleUser, endSessions: boolean): Promise<ConsoleUser> {
    const user = await this.users.findById(id);
    if (!user) throw new ConsoleUserInputError('Ce compte n’existe pas.');
    const next = change(user);
    await this.users.save(next);
    if (endSessions) await this.sessions.deleteForUser(id);
    return next;
  }

  setDisabled(id: string, disabled: boolean): Promise<ConsoleUser> {
    return this.update(id, (u) => ({ ...u, disabled: disabled || undefined }), disabled);
  }

  /** A one-time link secret (shown once to the administrator); only its hash is stored. */
  async issueResetLink(id: string): Promise<{ user: ConsoleUser; secret: string; expiresAt: string }> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock().getTime() + RESET_LINK_TTL_MS).toISOString();
    const user = await this.update(id, (u) => ({ ...u, passwordResetHash: sha256(secret), passwordResetExpiresAt: expiresAt }), true);
    return { user, secret, expiresAt };
  }

  /** A temporary password (shown once); the user must choose their own at the next login. */
  async setTemporaryPassword(id: string): Promise<{ user: ConsoleUser; password: string }> {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    const user = await this.update(id, (u) => ({ ...u, passwordHash, mustChangePassword: true, passwordResetHash: undefined, passwordResetExpiresAt: undefined }), true);
    return { user, password };
  }

  /** The account a reset link opens, if the link is valid and not expired. */
  async userForResetSecret(secret: string): Promise<ConsoleUser | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
    const hash = sha256(secret);
    const user = (await this.users.list()).find((u) => u.passwordResetHash === hash);
    if (!user || user.disabled || !user.passwordResetExpiresAt || user.passwordResetExpiresAt <= this.clock().toISOString()) return undefined;
    return user;
  }

  /** Sets the user's own password (reset link or forced change); the link stops working. */
  async setOwnPassword(id: string, password: string): Promise<ConsoleUser> {
    if (password.length < MIN_PASSWORD_LENGTH) throw new ConsoleUserInputError(`Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`);
    const passwordHash = await hashPassword(password);
    return this.update(id, (u) => ({ ...u, passwordHash, mustChangePassword: undefined, passwordResetHash: undefined, passwordResetExpiresAt: undefined }), true);
  }

  async recordLogin(user: ConsoleUser): Promise<void> {
    await this.users.save({ ...user, lastLoginAt: this.clock().toISOString() });
  }
}
