// Things to release on shutdown (Redis clients, timers, file handles), closed in reverse order.
export type Closer = () => Promise<void> | void;

export class CloserRegistry {
  private readonly closers: { name: string; close: Closer }[] = [];

  add(name: string, close: Closer): void {
    this.closers.push({ name, close });
  }

  async closeAll(onError?: (name: string, err: unknown) => void): Promise<void> {
    for (const { name, close } of this.closers.splice(0).reverse()) {
      try {
        await close();
      } catch (err) {
        onError?.(name, err);
      }
    }
  }
}
