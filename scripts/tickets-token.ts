// Creates a bearer token for the tickets REST API and prints it once (only its hash is stored).
//   npm run tickets:token -- --name crm-lyon --role counsellor --structure ml-lyon
//   npm run tickets:token -- --name ara --role supervisor --region 84
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TICKET_ROLES, type TicketRole } from '../orientation/tickets/accessPolicy.js';
import { ApiTokenRegistry } from '../server/api/tickets/apiTokens.js';
import { loadConfig } from '../server/config.js';

const USAGE = 'Usage: npm run tickets:token -- --name <name> --role counsellor|supervisor|admin [--structure <id>] [--region <code>]';
const { values } = parseArgs({ options: { name: { type: 'string' }, role: { type: 'string' }, structure: { type: 'string' }, region: { type: 'string' } } });
if (!values.name || !values.role || !(TICKET_ROLES as readonly string[]).includes(values.role)) {
  console.error(USAGE);
  process.exit(2);
}
const config = loadConfig();
const file = config.TICKETS_API_TOKENS_FILE ?? join(config.DATA_DIR, 'api-tokens.json');
try {
  const token = ApiTokenRegistry.addToFile(file, { name: values.name, role: values.role as TicketRole, structureId: values.structure, region: values.region });
  console.log(`Token "${values.name}" (${values.role}) added to ${file}. Copy it now, it is not shown again:\n${token}`);
  console.log('Restart the server to load it.');
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
