// Batch capture of the articles listed on a list page: at most `concurrency` fetches at once,
// pages already in the draft skipped, failures kept for a retry. No browser globals: the caller
// passes the fetch-and-save step.

export interface BatchItem {
  url: string;
  title: string;
}
export interface BatchFailure extends BatchItem {
  message: string;
}
export interface BatchProgress {
  total: number;
  done: number;
  saved: number;
  skipped: number;
  failed: BatchFailure[];
  running: boolean;
}

export interface BatchOptions {
  concurrency?: number;
  isCaptured: (url: string) => boolean;
  capture: (item: BatchItem) => Promise<void>;
  onProgress?: (p: BatchProgress) => void;
  signal?: { aborted: boolean };
}

export async function runBatch(items: BatchItem[], opts: BatchOptions): Promise<BatchProgress> {
  const limit = Math.max(1, Math.min(opts.concurrency ?? 4, 4));
  const seen = new Set<string>();
  const queue = items.filter((i) => (seen.has(i.url) ? false : (seen.add(i.url), true)));
  const p: BatchProgress = { total: queue.length, done: 0, saved: 0, skipped: 0, failed: [], running: true };
  const emit = () => opts.onProgress?.({ ...p, failed: [...p.failed] });
  emit();
  let next = 0;
  const worker = async () => {
    while (next < queue.length && !opts.signal?.aborted) {
      const item = queue[next++];
      if (opts.isCaptured(item.url)) {
        p.skipped++;
      } else {
        try {
          await opts.capture(item);
          p.saved++;
        } catch (err) {
          p.failed.push({ ...item, message: err instanceof Error ? err.message : String(err) });
        }
      }
      p.done++;
      emit();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
  p.running = false;
  emit();
  return { ...p, failed: [...p.failed] };
}
