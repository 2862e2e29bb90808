// A failure the demo explains in one Chinese line: what went wrong and what to do.
export class DemoError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'DemoError';
  }
}

/** First line of an error's message, without ANSI colours or stack. */
export function firstLine(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/\u001b\[[0-9;]*m/g, '').trim();
  return clean.split('\n').find((l) => l.trim() !== '')?.trim() ?? '未知错误';
}

/** Wraps an unexpected error of one step into a DemoError naming the step and the next thing to try. */
export function stepError(what: string, err: unknown, hint: string): DemoError {
  if (err instanceof DemoError) return err;
  return new DemoError(`${what}失败：${firstLine(err)}。${hint}`);
}

/** Rejects with a DemoError when `p` takes longer than `ms`. */
export async function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new DemoError(message)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
