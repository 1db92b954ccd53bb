// Same wording as botbuilder's MemoryStorage, so callers can treat all stores alike.
export class EtagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'EtagConflictError';
  }
}

export function etagConflict(key: string): EtagConflictError {
  return new EtagConflictError(key);
}
