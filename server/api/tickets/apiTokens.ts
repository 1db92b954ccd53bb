// Bearer tokens for integrations (CRM, regional back offices). Each token is bound to a role and
// a structure (counsellor) or a region (supervisor), like a console user, and obeys the same access
// policy. Only the SHA-256 of a token is stored; the token itself is shown once at creation
// (`npm run tickets:token`).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { TICKET_ROLES, type TicketPrincipal } from '../../../orientation/tickets/accessPolicy.js';

export const apiTokenRecordSchema = z
  .object({
    name: z.string().min(1).max(80).regex(/^[a-z0-9._-]+$/i),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    role: z.enum(TICKET_ROLES),
    structureId: z.string().min(1).optional(),
    region: z.string().min(1).optional(),
    createdAt: z.string(),
    disabled: z.boolean().optional(),
  })
  .refine((t) => t.role !== 'counsellor' || !!t.structureId, { message: 'a counsellor token needs a structureId' })
  .refine((t) => t.role !== 'supervisor' || !!t.region, { message: 'a supervisor token needs a region' });
export type ApiTokenRecord = z.infer<typeof apiTokenRecordSchema>;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return `cep_${randomBytes(24).toString('base64url')}`;
}

export class ApiTokenRegistry {
  private readonly records: ApiTokenRecord[];

  constructor(records: ApiTokenRecord[]) {
    this.records = records.map((r) => apiTokenRecordSchema.parse(r));
  }

  /** Reads the tokens file (absent = no token, the API then answers 401 to everyone). */
  static fromFile(path: string): ApiTokenRegistry {
    if (!existsSync(path)) return new ApiTokenRegistry([]);
    return new ApiTokenRegistry(z.array(apiTokenRecordSchema).parse(JSON.parse(readFileSync(path, 'utf8'))));
  }

  /** Adds a token to the file and returns the clear token (shown once). */
  static addToFile(path: string, record: Omit<ApiTokenRecord, 'sha256' | 'createdAt'>): string {
    const current = existsSync(path) ? z.array(apiTokenRecordSchema).parse(JSON.parse(readFileSync(path, 'utf8'))) : [];
    if (current.some((r) => r.name === record.name)) throw new Error(`a token named ${record.name} already exists`);
    const token = newToken();
    const next = [...current, apiTokenRecordSchema.parse({ ...record, sha256: hashToken(token), createdAt: new Date().toISOString() })];
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, JSON.stringify(next, null, 2), { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
    return token;
  }

  /** The principal of a clear token, or undefined (unknown, disabled). Constant-time comparison. */
  authenticate(token: string): TicketPrincipal | undefined {
    const h = Buffer.from(hashToken(token), 'hex');
    let found: ApiTokenRecord | undefined;
    for (const r of this.records) {
      if (timingSafeEqual(Buffer.from(r.sha256, 'hex'), h)) found = r;
    }
    if (!found || found.disabled) return undefined;
    return { id: `api:${found.name}`, role: found.role, structureId: found.structureId, region: found.region };
  }
}
