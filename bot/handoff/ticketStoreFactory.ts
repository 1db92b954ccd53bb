// Picks the ticket store from configuration (TICKET_STORE): journal (embedded default, under
// DATA_DIR/tickets/), redis (shared client), or memory (tests).
import { join } from 'node:path';
import type { TicketStore } from '../../orientation/tickets/ticketStore.js';
import { JournalTicketStore } from './ticketStore.journal.js';
import { MemoryTicketStore } from './ticketStore.memory.js';
import { RedisTicketStore, type RedisTicketClient } from './ticketStore.redis.js';

export interface TicketStoreSettings {
  TICKET_STORE: 'memory' | 'journal' | 'redis';
  DATA_DIR: string;
  REDIS_KEY_PREFIX: string;
}

export function ticketJournalPath(dataDir: string): string {
  return join(dataDir, 'tickets', 'tickets.journal');
}

export async function createTicketStore(config: TicketStoreSettings, redis?: RedisTicketClient): Promise<TicketStore> {
  switch (config.TICKET_STORE) {
    case 'memory':
      return new MemoryTicketStore();
    case 'redis':
      if (!redis) throw new Error('TICKET_STORE=redis needs REDIS_URL');
      return new RedisTicketStore({ client: redis, keyPrefix: config.REDIS_KEY_PREFIX });
    case 'journal':
    default:
      return JournalTicketStore.open(ticketJournalPath(config.DATA_DIR));
  }
}
