// Errors are logged by name and stack frames only: messages (and the first stack line, which repeats
// the message) can carry what a person typed, so they are never logged verbatim.
export interface LoggedError {
  name: string;
  code?: string | number;
  frames?: string;
}

export function describeError(err: unknown): LoggedError {
  const e = err as { name?: string; code?: string | number; statusCode?: number; stack?: string } | undefined;
  const frames = e?.stack
    ?.split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 8)
    .map((l) => l.trim())
    .join('\n');
  return {
    name: e?.name ?? typeof err,
    ...(e?.code !== undefined ? { code: e.code } : e?.statusCode !== undefined ? { code: e.statusCode } : {}),
    ...(frames ? { frames } : {}),
  };
}
