// Console accounts: who may look at which tickets. Plain domain types; zod only at the edges.
import { z } from 'zod';

export const CONSOLE_ROLES = ['counsellor', 'supervisor', 'admin'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export const ROLE_LABELS: Record<ConsoleRole, string> = {
  counsellor: 'Conseiller ou conseillère',
  supervisor: 'Superviseur ou superviseure régionale',
  admin: 'Administrateur ou administratrice',
};

export interface ConsoleUser {
  id: string;
  email: string;
  displayName: string;
  role: ConsoleRole;
  /** Structure id (operator directory) for counsellors. */
  structureId?: string;
  /** Region code (INSEE, e.g. "93") for supervisors; counsellors may carry their structure's region. */
  region?: string;
  /** Argon2id PHC string; never leaves the server. */
  passwordHash: string;
  createdAt: string;
  disabled?: boolean;
  /** Last successful login (shown on the administration page). */
  lastLoginAt?: string;
  /** A temporary password was set by an administrator: the user must choose their own first. */
  mustChangePassword?: boolean;
  /** SHA-256 of a one-time password-reset link's secret, and when it stops working. */
  passwordResetHash?: string;
  passwordResetExpiresAt?: string;
}

export const consoleUserSchema = z
  .object({
    id: z.string().min(1),
    email: z.string().email(),
    displayName: z.string().min(1).max(120),
    role: z.enum(CONSOLE_ROLES),
    structureId: z.string().min(1).max(120).optional(),
    region: z.string().min(1).max(10).optional(),
    passwordHash: z.string().startsWith('$argon2'),
    createdAt: z.string(),
    disabled: z.boolean().optional(),
    lastLoginAt: z.string().optional(),
    mustChangePassword: z.boolean().optional(),
    passwordResetHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    passwordResetExpiresAt: z.string().optional(),
  })
  .refine((u) => u.role !== 'counsellor' || !!u.structureId, { message: 'a counsellor needs a structure', path: ['structureId'] })
  .refine((u) => u.role !== 'supervisor' || !!u.region, { message: 'a supervisor needs a region', path: ['region'] });

