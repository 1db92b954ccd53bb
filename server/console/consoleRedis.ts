// The few Redis commands the console stores use, as a structural type: any node-redis v5 client
// (the container's shared one, or a test's own) fits without generic gymnastics.
export interface ConsoleRedis {
  get(key: string): Promise<unknown>;
  set(key: string, value: string, options?: { EX?: number }): Promise<unknown>;
  del(key: string | string[]): Promise<unknown>;
  hGet(key: string, field: string): Promise<unknown>;
  hSet(key: string, field: string, value: string): Promise<unknown>;
  hGetAll(key: string): Promise<unknown>;
  hDel(key: string, field: string): Promise<unknown>;
  incr(key: string): Promise<unknown>;
  expire(key: string, seconds: number): Promise<unknown>;
  ttl(key: string): Promise<unknown>;
  keys(pattern: string): Promise<unknown>;
}

export function asString(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : String(value);
}
