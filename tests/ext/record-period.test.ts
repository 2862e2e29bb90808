// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotFromDocument } from '@/shared/page/snapshot';
import { captureSnapshot } from '@/shared/page/capture-snapshot';
import { tallyCaptures } from '@/shared/tally/tally';
import { placeRecord } from '@/shared/store/record-period';

// The panel's "记录 n / m 条计入" agrees with the tally: a record the panel says is out of the period is one the
// tally left out, and one it counts is not left out.

const PORTAL = join(import.meta.dirname, '../fixtures/portal');
const capture = (file: string) =>
  captureSnapshot(snapshotFromDocument(new DOMParser().parseFromString(readFileSync(join(PORTAL, file), 'utf8'), 'text/html'), { url: `http://127.0.0.1/${file}` }));

describe('placeRecord agrees with the tally', () => {
  it.each([['list.html', '2024'], ['list.html', '2025'], ['list.html', '2026'], ['table-proposals.html', '2024']])('%s in %s', (file, period) => {
    const c = capture(file);
    const t = tallyCaptures([{ ...c, url: c.url }], { period });
    const leftOut = new Set(t.leftOut.filter((l) => l.kind === 'record').map((l) => l.quote));
    const withCode = c.records.filter((r) => r.indicator);
    expect(withCode.length).toBeGreaterThan(0);
    for (const r of withCode) {
      const p = placeRecord(r, { url: c.url, date: c.date }, period);
      expect([r.title, p.counts]).toEqual([r.title, !leftOut.has(r.title)]);
    }
  });
});
