// Runs the ticket retention job once: closed tickets older than TICKET_RETENTION_DAYS are anonymised.
// The server also runs it every TICKET_RETENTION_INTERVAL_MINUTES.   npm run tickets:purge
import { createClient } from 'redis';
import { createTicketStore } from '../bot/handoff/ticketStoreFactory.js';
import { TicketService } from '../orientation/tickets/ticketService.js';
import { loadConfig } from '../server/config.js';

const config = loadConfig();
const redis = config.TICKET_STORE === 'redis' && config.REDIS_URL ? createClient({ url: config.REDIS_URL }) : undefined;
if (redis) await redis.connect();
const store = await createTicketStore(config, redis);
try {
  const service = new TicketService({ store, retentionDays: config.TICKET_RETENTION_DAYS });
  const n = await service.purgeExpired();
  console.log(`${n} closed ticket(s) older than ${config.TICKET_RETENTION_DAYS} days anonymised (${config.TICKET_STORE}).`);
} finally {
  await store.close();
  if (redis?.isOpen) await redis.close();
}
