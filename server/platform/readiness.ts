// /readyz checks: each subsystem (state storage, knowledge indexes, ticket store…) registers one.
export type ReadinessCheck = () => Promise<void | { ok: boolean; detail?: string }>;

export interface ReadinessResult {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail?: string; ms: number }>;
}

export class ReadinessRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();

  /** A check resolves (or returns { ok: true }) when ready; it throws or returns { ok: false } otherwise. */
  add(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  names(): string[] {
    return [...this.checks.keys()];
  }

  async run(timeoutMs = 2000): Promise<ReadinessResult> {
    const checks: ReadinessResult['checks'] = {};
    await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        const started = Date.now();
        let timer: NodeJS.Timeout | undefined;
        try {
          const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs);
          });
          const result = await Promise.race([check(), timeout]);
          const ok = result ? result.ok : true;
          checks[name] = { ok, ...(result?.detail ? { detail: result.detail } : {}), ms: Date.now() - started };
        } catch (err) {
          checks[name] = { ok: false, detail: (err as Error)?.message ?? String(err), ms: Date.now() - started };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return { ready: Object.values(checks).every((c) => c.ok), checks };
  }
}
