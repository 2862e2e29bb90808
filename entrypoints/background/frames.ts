import type { Snapshot } from '@/shared/page/snapshot-schema';

// Portals often put the article (or the e-paper page) in a same-origin iframe. The main frame's
// snapshot gets the blocks and tables of its same-origin frames appended; other origins are ignored.

export interface FrameResult {
  frameId: number;
  snapshot: Snapshot;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function mergeFrames(frames: FrameResult[]): { snapshot: Snapshot; merged: number } {
  const main = frames.find((f) => f.frameId === 0) ?? frames[0];
  if (!main) throw new Error('页面没有返回内容：请刷新页面后再采集');
  const origin = originOf(main.snapshot.url);
  const out: Snapshot = {
    ...main.snapshot,
    blocks: [...main.snapshot.blocks],
    boxes: [...main.snapshot.boxes],
    ...(main.snapshot.names ? { names: [...main.snapshot.names] } : {}),
    tables: [...main.snapshot.tables],
  };
  let merged = 0;
  for (const f of frames) {
    if (f === main || originOf(f.snapshot.url) !== origin || f.snapshot.blocks.length === 0) continue;
    const boxOffset = out.boxes.length;
    const tableOffset = out.tables.length;
    // One push per item: a frame's lists can be long enough that spreading them into push() overflows the stack.
    for (const p of f.snapshot.boxes) out.boxes.push(p < 0 ? -1 : p + boxOffset);
    // Container names stay parallel to boxes (a frame without them gets unnamed boxes).
    if (out.names) for (let k = 0; k < f.snapshot.boxes.length; k++) out.names.push(f.snapshot.names?.[k] ?? '');
    for (const t of f.snapshot.tables) out.tables.push(t);
    for (const b of f.snapshot.blocks) {
      out.blocks.push({ ...b, box: b.box < 0 ? b.box : b.box + boxOffset, ...(b.table !== undefined ? { table: b.table + tableOffset } : {}) });
    }
    if (!out.selection && f.snapshot.selection) out.selection = f.snapshot.selection;
    merged++;
  }
  return { snapshot: out, merged };
}
