// Step-by-step progress with timings: "[1/7] 构建浏览器扩展… 完成（1.4 秒）".

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} 秒`;

export class Progress {
  private n = 0;
  readonly timings: Array<{ label: string; ms: number }> = [];
  private readonly started = Date.now();

  constructor(private readonly total: number) {}

  async step<T>(label: string, run: () => Promise<T>): Promise<T> {
    this.n += 1;
    console.log(`[${this.n}/${this.total}] ${label}…`);
    const t0 = Date.now();
    const out = await run();
    const ms = Date.now() - t0;
    this.timings.push({ label, ms });
    console.log(`      完成（${seconds(ms)}）`);
    return out;
  }

  /** An indented detail line under the current step. */
  note(line: string): void {
    console.log(`      ${line}`);
  }

  elapsed(): number {
    return Date.now() - this.started;
  }
}
