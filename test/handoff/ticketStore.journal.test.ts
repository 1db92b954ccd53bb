// Journal-specific behaviour: compaction at start-up when old versions dominate, erasure leaves no
// trace of personal data in the file, and damage before the tail refuses to start (no silent loss).
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { JournalTicketStore } from '../../bot/handoff/ticketStore.journal.js';
import { draft, STRUCTURE_A } from './ticketFixtures.js';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'cep-journal-'));
  dirs.push(d);
  return join(d, 'tickets.journal');
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('JournalTicketStore', () => {
  it('Given a journal where old versions dominate, When reopened, Then it is compacted and nothing is lost', async () => {
    const path = fresh();
    let store = await JournalTicketStore.open(path);
    const svc = new TicketService({ store, retentionDays: 30 });
    for (let i = 0; i < 400; i++) await svc.create(draft());
    for (let i = 0; i < 400; i++) {
      const t = await svc.takeNext(STRUCTURE_A.id, 'counsellor:a');
      await svc.markContacted(t!.id, 'counsellor:a');
    }
    await store.close();
    store = await JournalTicketStore.open(path);
    expect(store.replay.lines).toBe(1200);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(400);
    await store.close();
    store = await JournalTicketStore.open(path);
    expect(store.replay.lines).toBe(400);
    expect((await store.list({ statuses: ['contacted'] })).total).toBe(400);
    await store.close();
  });

  it('Given "effacer mes données", Then the journal file no longer contains the personal data', async () => {
    const path = fresh();
    const store = await JournalTicketStore.open(path);
    const svc = new TicketService({ store, retentionDays: 30 });
    const d = draft({ contact: { channel: 'phone', value: '06 98 76 54 32' }, situation: 'Je suis Camille Durand-Unique' });
    await svc.create(d);
    await svc.create(draft());
    expect(readFileSync(path, 'utf8')).toContain('Camille Durand-Unique');
    await svc.eraseForConversation(d.conversation!.conversationId);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('Camille Durand-Unique');
    expect(text).not.toContain('06 98 76 54 32');
    await store.close();
  });

  it('Given a journal in use, When a second store opens it, Then it is refused; a stale lock (dead process) is taken over', async () => {
    const path = fresh();
    const store = await JournalTicketStore.open(path);
    await expect(JournalTicketStore.open(path)).rejects.toThrow(/already open/);
    await store.close();
    // A lock left by a process that no longer exists (SIGKILL): taken over.
    writeFileSync(`${path}.lock`, '999999');
    const again = await JournalTicketStore.open(path);
    await again.close();
    // A lock held by a live process (here: the parent of this test process).
    writeFileSync(`${path}.lock`, String(process.ppid));
    await expect(JournalTicketStore.open(path)).rejects.toThrow(/in use by process/);
    rmSync(`${path}.lock`);
  });

  it('Given a damaged line followed by valid ones, When opened, Then it refuses to start instead of dropping tickets', async () => {
    const path = fresh();
    const store = await JournalTicketStore.open(path);
    const svc = new TicketService({ store, retentionDays: 30 });
    await svc.create(draft());
    await store.close();
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, `{"broken": \n${good}`);
    await expect(JournalTicketStore.open(path)).rejects.toThrow(/corrupt/);
    // A damaged tail only (torn last write) is cut off.
    writeFileSync(path, good);
    appendFileSync(path, '{"id":"x"\n\u0000\u0000');
    const reopened = await JournalTicketStore.open(path);
    expect(reopened.replay.tickets).toBe(1);
    expect(reopened.replay.truncatedBytes).toBeGreaterThan(0);
    await reopened.close();
  });
});
