// Outcomes in Redis: one hash per UTC day (conversation key → JSON) plus an index conversation →
// day, updated atomically by a Lua script that keeps the strongest outcome. Days expire after
// `retentionDays`.
import { OUTCOME_RANK, type ConversationOutcome } from '../../orientation/tickets/conversationOutcome.js';
import { toStored, type OutcomeStore, type StoredOutcome } from './outcomeStore.js';

// KEYS[1] = index hash, ARGV = prefix, conv key, day, json, rank, ttl seconds
const RECORD_SCRIPT = `
local day = redis.call('HGET', KEYS[1], ARGV[2])
if day then
  local dayKey = ARGV[1] .. day
  local prev = redis.call('HGET', dayKey, ARGV[2])
  if prev then
    local prevRank = tonumber(string.match(prev, '"rank":(%d+)'))
    if prevRank and prevRank >= tonumber(ARGV[5]) then return 0 end
  end
  redis.call('HSET', dayKey, ARGV[2], ARGV[4])
  return 1
end
local dayKey = ARGV[1] .. ARGV[3]
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
redis.call('HSET', dayKey, ARGV[2], ARGV[4])
redis.call('EXPIRE', dayKey, tonumber(ARGV[6]))
return 1
`;

export interface OutcomeRedis {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  hGetAll(key: string): Promise<unknown>;
}

export class RedisOutcomeStore implements OutcomeStore {
  constructor(
    private readonly redis: OutcomeRedis,
    private readonly prefix = 'cep:',
    private readonly retentionDays = 400,
  ) {}

  async record(outcome: ConversationOutcome): Promise<void> {
    const stored = toStored(outcome);
    const rank = OUTCOME_RANK[stored.outcome];
    // The day inside the JSON is rewritten by readers from the hash name when superseding.
    const json = JSON.stringify({ ...stored, rank });
    await this.redis.eval(RECORD_SCRIPT, {
      keys: [`${this.prefix}outcomes:index`],
      arguments: [`${this.prefix}outcomes:day:`, stored.key, stored.day, json, String(rank), String(this.retentionDays * 86400)],
    });
  }

  async list(fromDay: string, toDay: string): Promise<StoredOutcome[]> {
    const out: StoredOutcome[] = [];
    const end = new Date(`${toDay}T00:00:00Z`).getTime();
    let t = new Date(`${fromDay}T00:00:00Z`).getTime();
    for (let n = 0; t <= end && n < 800; n++, t += 86400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const all = (await this.redis.hGetAll(`${this.prefix}outcomes:day:${day}`)) as Record<string, string>;
      for (const raw of Object.values(all)) {
        const { rank: _rank, ...o } = JSON.parse(raw) as StoredOutcome & { rank: number };
        out.push({ ...o, day });
      }
    }
    return out;
  }
}
