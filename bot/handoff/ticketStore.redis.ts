// Redis ticket store for several instances. Layout (all keys under `${prefix}tk:`):
//   t:{id}            hash: doc (ticket JSON), version, and light fields used for filtering
//   ref:{reference}   → id (unique, claimed with SET NX semantics inside the create script)
//   key:{idemKey}     → id (idempotency: a retried Bot Framework request finds the first ticket)
//   all, s:{structure}, r:{region}   sorted sets of ids by creation time (listing indexes)
//   closed            sorted set of ids by closing time (retention job)
//   conv:{id}, user:{id}             sets of ids ("effacer mes données")
//   q:{structure}     Stream: the structure's queue; consumer group "takers" (one consumer per
//                     counsellor). XREADGROUP gives an entry to exactly one counsellor; the take is
//                     then applied with a compare-and-set script that also XACKs/XDELs the entry.
//                     Entries left pending by a crashed taker are reclaimed with XAUTOCLAIM.
// Creation and every update run as Lua scripts, so indexes never disagree with documents.
// Durability is Redis's (AOF with appendfsync always in production and tests).
import type { createClient } from 'redis';
import { anonymisedTicket, parseStoredTicket, type AuditEntry, type Ticket, type TicketNote, type TranscriptEntry } from '../../orientation/tickets/ticket.js';
import {
  applyTransition,
  joinsQueue,
  withNote,
  withTranscriptEntry,
  byCreation,
  DuplicateReferenceError,
  matchesSearch,
  pageOf,
  type CreateResult,
  type TicketPage,
  type TicketQuery,
  type TicketScope,
  type TicketStats,
  type TicketStore,
  type TicketTransition,
  type TransitionResult,
} from '../../orientation/tickets/ticketStore.js';

export type RedisTicketClient = ReturnType<typeof createClient>;

const GROUP = 'takers';
const LIGHT_FIELDS = ['status', 'structure', 'region', 'departement', 'commune', 'operator', 'created'] as const;

// KEYS: none (cluster-unsafe on purpose: one logical store). ARGV: prefix, id, reference, idemKey,
// doc, version, createdMs, structure, region, departement, commune, operator, created, status, conv, user,
// chosen (decision.chosen, for KPIs)
const CREATE_SCRIPT = `
local p = ARGV[1]
local id = ARGV[2]
local existing = redis.call('GET', p .. 'key:' .. ARGV[4])
if existing then return {0, existing} end
if redis.call('EXISTS', p .. 'ref:' .. ARGV[3]) == 1 then return {2, ''} end
redis.call('SET', p .. 'key:' .. ARGV[4], id)
redis.call('SET', p .. 'ref:' .. ARGV[3], id)
redis.call('HSET', p .. 't:' .. id, 'doc', ARGV[5], 'version', ARGV[6], 'structure', ARGV[8], 'region', ARGV[9],
  'departement', ARGV[10], 'commune', ARGV[11], 'operator', ARGV[12], 'created', ARGV[13], 'status', ARGV[14],
  'chosen', ARGV[17], 'redir', '0', 'taken1', '')
local score = tonumber(ARGV[7])
redis.call('ZADD', p .. 'all', score, id)
redis.call('ZADD', p .. 's:' .. ARGV[8], score, id)
if ARGV[9] ~= '' then redis.call('ZADD', p .. 'r:' .. ARGV[9], score, id) end
if ARGV[15] ~= '' then redis.call('SADD', p .. 'conv:' .. ARGV[15], id) end
if ARGV[16] ~= '' then redis.call('SADD', p .. 'user:' .. ARGV[16], id) end
redis.call('XADD', p .. 'q:' .. ARGV[8], '*', 'id', id)
return {1, id}
`;

// Compare-and-set of one ticket. ARGV: prefix, id, expectedVersion, doc, version, createdMs,
// structure, region, departement, commune, operator, status, closedMs ('' = not closed),
// anonymised ('1'/'0'), enqueue ('1'/'0'), ackStream ('' = none), ackEntry, oldIdemKey ('' = keep),
// conv, user (to drop from the erase indexes when anonymised), redirect count, first take time ('' = never)
const UPDATE_SCRIPT = `
local p = ARGV[1]
local id = ARGV[2]
local key = p .. 't:' .. id
local current = redis.call('HMGET', key, 'version', 'structure', 'region')
if not current[1] then return -1 end
if current[1] ~= ARGV[3] then return 0 end
local score = tonumber(ARGV[6])
redis.call('HSET', key, 'doc', ARGV[4], 'version', ARGV[5], 'structure', ARGV[7], 'region', ARGV[8],
  'departement', ARGV[9], 'commune', ARGV[10], 'operator', ARGV[11], 'status', ARGV[12], 'anon', ARGV[14],
  'redir', ARGV[21], 'taken1', ARGV[22])
if current[2] ~= ARGV[7] then
  redis.call('ZREM', p .. 's:' .. current[2], id)
  redis.call('ZADD', p .. 's:' .. ARGV[7], score, id)
end
if current[3] ~= ARGV[8] then
  if current[3] and current[3] ~= '' then redis.call('ZREM', p .. 'r:' .. current[3], id) end
  if ARGV[8] ~= '' then redis.call('ZADD', p .. 'r:' .. ARGV[8], score, id) end
end
if ARGV[13] ~= '' and ARGV[14] ~= '1' then
  redis.call('ZADD', p .. 'closed', tonumber(ARGV[13]), id)
else
  redis.call('ZREM', p .. 'closed', id)
end
if ARGV[14] == '1' then
  if ARGV[18] ~= '' then redis.call('DEL', p .. 'key:' .. ARGV[18]) end
  if ARGV[19] ~= '' then redis.call('SREM', p .. 'conv:' .. ARGV[19], id) end
  if ARGV[20] ~= '' then redis.call('SREM', p .. 'user:' .. ARGV[20], id) end
end
if ARGV[15] == '1' then redis.call('XADD', p .. 'q:' .. ARGV[7], '*', 'id', id) end
if ARGV[16] ~= '' then
  redis.call('XACK', ARGV[16], '${GROUP}', ARGV[17])
  redis.call('XDEL', ARGV[16], ARGV[17])
end
return 1
`;

// Take-next in one round trip (one AOF fsync): an abandoned entry (pending longer than minIdle) first,
// else a never-delivered one; entries whose ticket is no longer waiting in this structure (taken
// directly, redirected, anonymised) are acknowledged and deleted on the way. The take itself is
// applied here (status, takenBy/At, audit, version) and the entry acknowledged, atomically.
// cjson turns empty arrays into {}: parseStoredTicket puts them back.
// ARGV: prefix, stream, consumer, minIdleMs, structureId, at, actor. Returns the new doc or false.
const TAKE_NEXT_SCRIPT = `
local p = ARGV[1]
local stream = ARGV[2]
local function ticketIdOf(fields)
  for j = 1, #fields, 2 do if fields[j] == 'id' then return fields[j + 1] end end
  return ''
end
for i = 1, 1000 do
  local entry = nil
  local claimed = redis.call('XAUTOCLAIM', stream, '${GROUP}', ARGV[3], ARGV[4], '0-0', 'COUNT', 1)
  if claimed[2][1] then entry = claimed[2][1] end
  if not entry then
    local read = redis.call('XREADGROUP', 'GROUP', '${GROUP}', ARGV[3], 'COUNT', 1, 'STREAMS', stream, '>')
    if not read or not read[1] or not read[1][2][1] then return false end
    entry = read[1][2][1]
  end
  local key = p .. 't:' .. ticketIdOf(entry[2])
  local h = redis.call('HMGET', key, 'status', 'structure', 'doc', 'anon', 'taken1')
  redis.call('XACK', stream, '${GROUP}', entry[1])
  redis.call('XDEL', stream, entry[1])
  if (h[1] == 'new' or h[1] == 'redirected') and h[2] == ARGV[5] and h[4] ~= '1' then
    local t = cjson.decode(h[3])
    t.status = 'taken'
    t.takenBy = ARGV[7]
    t.takenAt = ARGV[6]
    t.updatedAt = ARGV[6]
    t.version = t.version + 1
    t.audit[#t.audit + 1] = { at = ARGV[6], actor = ARGV[7], action = 'taken' }
    local doc = cjson.encode(t)
    redis.call('HSET', key, 'doc', doc, 'version', string.format('%d', t.version), 'status', 'taken')
    if not h[5] or h[5] == '' then redis.call('HSET', key, 'taken1', ARGV[6]) end
    return doc
  end
end
return false
`;

export interface RedisTicketStoreOptions {
  client: RedisTicketClient;
  keyPrefix?: string;
  /** A queue entry delivered to a taker that did not finish within this time is given to another. */
  abandonedTakeMs?: number;
}

interface StreamEntry {
  entryId: string;
  ticketId: string;
}


export class RedisTicketStore implements TicketStore {
  private readonly client: RedisTicketClient;
  private readonly p: string;
  private readonly abandonedTakeMs: number;
  private readonly shas = new Map<string, string>();
  private readonly groupsReady = new Set<string>();

  constructor(options: RedisTicketStoreOptions) {
    this.client = options.client;
    this.p = `${options.keyPrefix ?? 'cep:'}tk:`;
    this.abandonedTakeMs = options.abandonedTakeMs ?? 60_000;
  }

  // ---- plumbing ---------------------------------------------------------------------------

  private async cmd(args: string[]): Promise<unknown> {
    return this.client.sendCommand(args);
  }

  /** EVALSHA with a fallback to EVAL (the script cache is empty after a Redis restart). */
  private async script(source: string, args: string[]): Promise<unknown> {
    let sha = this.shas.get(source);
    if (!sha) {
      sha = String(await this.cmd(['SCRIPT', 'LOAD', source]));
      this.shas.set(source, sha);
    }
    try {
      return await this.cmd(['EVALSHA', sha, '0', ...args]);
    } catch (err) {
      if (!String((err as Error).message).includes('NOSCRIPT')) throw err;
      return this.cmd(['EVAL', source, '0', ...args]);
    }
  }

  private light(t: Ticket): { structure: string; region: string; departement: string; commune: string; operator: string; created: string; status: string } {
    return {
      structure: t.structure.id,
      region: t.territory.region ?? '',
      departement: t.territory.departement ?? '',
      commune: t.territory.communeInsee ?? '',
      operator: t.structure.operatorType,
      created: t.createdAt,
      status: t.status,
    };
  }

  private async readDocs(ids: string[]): Promise<Ticket[]> {
    if (ids.length === 0) return [];
    const out: Ticket[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const multi = this.client.multi();
      for (const id of chunk) multi.hGet(`${this.p}t:${id}`, 'doc');
      const docs = (await multi.execAsPipeline()) as unknown as Array<string | null>;
      for (const d of docs) if (d) out.push(parseStoredTicket(JSON.parse(d)));
    }
    return out;
  }

  private async write(next: Ticket, previous: Ticket, opts: { enqueue?: boolean; ack?: StreamEntry & { stream: string } } = {}): Promise<'ok' | 'conflict' | 'missing'> {
    const l = this.light(next);
    const anonymised = next.anonymisedAt !== undefined && previous.anonymisedAt === undefined;
    const r = Number(
      await this.script(UPDATE_SCRIPT, [
        this.p,
        next.id,
        String(previous.version),
        JSON.stringify(next),
        String(next.version),
        String(Date.parse(next.createdAt)),
        l.structure,
        l.region,
        l.departement,
        l.commune,
        l.operator,
        l.status,
        next.status === 'closed' && next.closedAt ? String(Date.parse(next.closedAt)) : '',
        anonymised ? '1' : next.anonymisedAt ? '1' : '0',
        opts.enqueue ? '1' : '0',
        opts.ack?.stream ?? '',
        opts.ack?.entryId ?? '',
        anonymised ? previous.idempotencyKey : '',
        anonymised ? (previous.conversation?.conversationId ?? '') : '',
        anonymised ? (previous.conversation?.userId ?? '') : '',
        String(next.redirects.length),
        next.audit.find((a) => a.action === 'taken')?.at ?? '',
      ]),
    );
    return r === 1 ? 'ok' : r === 0 ? 'conflict' : 'missing';
  }

  // ---- TicketStore ------------------------------------------------------------------------

  async create(t: Ticket): Promise<CreateResult> {
    const l = this.light(t);
    const reply = (await this.script(CREATE_SCRIPT, [
      this.p,
      t.id,
      t.reference,
      t.idempotencyKey,
      JSON.stringify(t),
      String(t.version),
      String(Date.parse(t.createdAt)),
      l.structure,
      l.region,
      l.departement,
      l.commune,
      l.operator,
      l.created,
      l.status,
      t.conversation?.conversationId ?? '',
      t.conversation?.userId ?? '',
      t.decision.chosen,
    ])) as [number | string, string];
    const code = Number(reply[0]);
    if (code === 1) return { ticket: t, created: true };
    if (code === 2) throw new DuplicateReferenceError(t.reference);
    const existing = await this.get(String(reply[1]));
    if (!existing) throw new Error('idempotency key points to a missing ticket');
    return { ticket: existing, created: false };
  }

  async get(id: string): Promise<Ticket | undefined> {
    const doc = await this.client.hGet(`${this.p}t:${id}`, 'doc');
    return doc ? parseStoredTicket(JSON.parse(doc)) : undefined;
  }

  async getByReference(reference: string): Promise<Ticket | undefined> {
    const id = await this.client.get(`${this.p}ref:${reference}`);
    return id ? this.get(id) : undefined;
  }

  /** Ids in creation order from the narrowest index of the query. */
  private async candidates(q: TicketScope & { createdFrom?: string; createdTo?: string }): Promise<string[]> {
    const index = q.structureId ? `s:${q.structureId}` : q.region ? `r:${q.region}` : 'all';
    const min = q.createdFrom ? String(Date.parse(q.createdFrom)) : '-inf';
    const max = q.createdTo ? `(${Date.parse(q.createdTo)}` : '+inf';
    return (await this.cmd(['ZRANGEBYSCORE', `${this.p}${index}`, min, max])) as string[];
  }

  /** Filters ids on the light hash fields, without reading documents. */
  private async filterIds(ids: string[], q: TicketQuery): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      const multi = this.client.multi();
      for (const id of chunk) multi.hmGet(`${this.p}t:${id}`, [...LIGHT_FIELDS]);
      const rows = (await multi.execAsPipeline()) as unknown as Array<Array<string | null>>;
      rows.forEach((row, j) => {
        const [status, structure, region, departement, commune, operator] = row;
        if (status === null) return;
        if (q.structureId && structure !== q.structureId) return;
        if (q.region && region !== q.region) return;
        if (q.statuses && q.statuses.length > 0 && !q.statuses.includes(status as never)) return;
        if (q.departement && departement !== q.departement) return;
        if (q.communeInsee && commune !== q.communeInsee) return;
        if (q.operatorType && operator !== q.operatorType) return;
        out.push(chunk[j]);
      });
    }
    return out;
  }

  async list(query: TicketQuery): Promise<TicketPage> {
    const ids = await this.filterIds(await this.candidates(query), query);
    const page = pageOf(ids.map((id) => ({ id }) as Ticket), query);
    const docs = await this.readDocs(page.items.map((t) => t.id));
    return { items: docs.sort(byCreation), total: page.total };
  }

  private queueKey(structureId: string): string {
    return `${this.p}q:${structureId}`;
  }

  private async ensureGroup(stream: string): Promise<void> {
    if (this.groupsReady.has(stream)) return;
    try {
      await this.cmd(['XGROUP', 'CREATE', stream, GROUP, '0', 'MKSTREAM']);
    } catch (err) {
      if (!String((err as Error).message).includes('BUSYGROUP')) throw err;
    }
    this.groupsReady.add(stream);
  }

  async takeNext(structureId: string, counsellorId: string, at: string): Promise<Ticket | undefined> {
    const stream = this.queueKey(structureId);
    await this.ensureGroup(stream);
    const args = [this.p, stream, counsellorId, String(this.abandonedTakeMs), structureId, at, counsellorId];
    let reply: unknown;
    try {
      reply = await this.script(TAKE_NEXT_SCRIPT, args);
    } catch (err) {
      if (!String((err as Error).message).includes('NOGROUP')) throw err;
      this.groupsReady.delete(stream);
      await this.ensureGroup(stream);
      reply = await this.script(TAKE_NEXT_SCRIPT, args);
    }
    return reply ? parseStoredTicket(JSON.parse(String(reply))) : undefined;
  }

  async transition(id: string, change: TicketTransition): Promise<TransitionResult> {
    for (;;) {
      const t = await this.get(id);
      if (!t) return { ok: false, reason: 'not_found' };
      const r = applyTransition(t, change);
      if (!r.ok) return r;
      const w = await this.write(r.ticket, t, { enqueue: joinsQueue(r.ticket, t) });
      if (w === 'ok') return r;
      if (w === 'missing') return { ok: false, reason: 'not_found' };
      if (change.expectedVersion !== undefined) {
        const now = await this.get(id);
        return now ? { ok: false, reason: 'conflict', ticket: now } : { ok: false, reason: 'not_found' };
      }
    }
  }

  /**
   * Writes `change(ticket)` with a compare-and-set on the version, reading again while another writer
   * got there first; undefined when the ticket is missing or the change does not apply.
   */
  private async update(id: string, change: (t: Ticket) => Ticket | undefined): Promise<Ticket | undefined> {
    for (;;) {
      const t = await this.get(id);
      if (!t) return undefined;
      const next = change(t);
      if (!next) return undefined;
      const w = await this.write(next, t);
      if (w === 'ok') return next;
      if (w === 'missing') return undefined;
    }
  }

  async addNote(id: string, note: TicketNote, audit: AuditEntry): Promise<Ticket | undefined> {
    return this.update(id, (t) => withNote(t, note, audit));
  }

  async appendTranscript(id: string, entry: TranscriptEntry, audit: AuditEntry): Promise<Ticket | undefined> {
    return this.update(id, (t) => withTranscriptEntry(t, entry, audit));
  }

  async search(text: string, scope: TicketScope, limit = 50): Promise<Ticket[]> {
    const ids = await this.filterIds(await this.candidates(scope), scope);
    const out: Ticket[] = [];
    // Newest first is what people look for; scan in chunks to stop early.
    ids.reverse();
    for (let i = 0; i < ids.length && out.length < limit; i += 500) {
      for (const t of await this.readDocs(ids.slice(i, i + 500))) {
        if (matchesSearch(t, text)) out.push(t);
        if (out.length >= limit) break;
      }
    }
    return out.sort(byCreation);
  }

  async anonymise(id: string, audit: AuditEntry): Promise<Ticket | undefined> {
    return this.update(id, (t) => (t.anonymisedAt ? undefined : anonymisedTicket(t, audit.at, audit.actor, audit.action)));
  }

  async idsForConversation(conversationId: string): Promise<string[]> {
    return this.client.sMembers(`${this.p}conv:${conversationId}`);
  }

  async idsForUser(userId: string): Promise<string[]> {
    return this.client.sMembers(`${this.p}user:${userId}`);
  }

  async closedBefore(cutoff: string, limit = 500): Promise<string[]> {
    return (await this.cmd(['ZRANGEBYSCORE', `${this.p}closed`, '-inf', `(${Date.parse(cutoff)}`, 'LIMIT', '0', String(limit)])) as string[];
  }

  /** KPIs from the light hash fields only (no document is read: 10k tickets in one pipeline). */
  async stats(query: TicketQuery): Promise<TicketStats> {
    const ids = await this.filterIds(await this.candidates(query), query);
    const s: TicketStats = { total: 0, byStatus: {}, byOperatorType: {}, byDepartement: {}, byDay: {}, redirected: 0, timeToTakeMs: [] };
    const inc = (rec: Record<string, number>, k: string) => (rec[k] = (rec[k] ?? 0) + 1);
    for (let i = 0; i < ids.length; i += 1000) {
      const multi = this.client.multi();
      for (const id of ids.slice(i, i + 1000)) multi.hmGet(`${this.p}t:${id}`, ['status', 'chosen', 'departement', 'created', 'redir', 'taken1']);
      const rows = (await multi.execAsPipeline()) as unknown as Array<Array<string | null>>;
      for (const [status, chosen, departement, created, redir, taken1] of rows) {
        if (!status || !created) continue;
        s.total++;
        inc(s.byStatus, status);
        inc(s.byOperatorType, chosen ?? 'inconnu');
        inc(s.byDepartement, departement || 'inconnu');
        inc(s.byDay, created.slice(0, 10));
        if (Number(redir ?? 0) > 0) s.redirected++;
        if (taken1) s.timeToTakeMs.push(Date.parse(taken1) - Date.parse(created));
      }
    }
    return s;
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  /** The client is shared (container); its owner closes it. */
  async close(): Promise<void> {}
}
