import { describe, expect, it } from 'vitest';
import { captureHtml } from '../../shared/page/capture-html';
import { captureSnapshot } from '../../shared/page/capture-snapshot';
import { parseDocument } from '../../shared/page/capture-html';
import { snapshotFromDocument } from '../../shared/page/snapshot';
import { SnapshotSchema } from '../../shared/page/snapshot-schema';
import { boxTree, isInside } from '../../shared/page/tree';
import { bigList, bigTable } from './big-pages';

// No silent caps: pages past the old limits (6,000 blocks, 2,000 table rows counting the header)
// keep every row; a snapshot's container tree can neither loop nor point out of range.

describe('big pages keep every row', () => {
  it('a 10,000-headline list yields 10,000 records and no notice', () => {
    const c = captureHtml(bigList(10_000), 'http://zx.example.cn/yw/');
    expect(c.kind).toBe('list');
    expect(c.records).toHaveLength(10_000);
    expect(c.records[9_999].title).toBe('市政协召开专题协商会议推进民生实事之10000');
    expect(c.notices).toBeUndefined();
  });

  it('a 2,500-row proposal table yields 2,500 records (the header is not a row)', () => {
    const c = captureHtml(bigTable(2_500), 'http://zx.example.cn/ta/');
    expect(c.kind).toBe('table');
    expect(c.records).toHaveLength(2_500);
    expect(c.records[2_499].title).toBe('关于加强第2500项民生工作的建议');
  });
});

describe('the container tree', () => {
  const snap = () => snapshotFromDocument(parseDocument('<div><p>甲段正文。</p><div><p>乙段正文。</p></div></div>'), { url: 'http://x/' });

  it('is indexed so that inside-ness needs no walk up', () => {
    const s = snap();
    const t = boxTree(s);
    const [a, b] = s.blocks;
    expect(isInside(t, b.box, s.boxes[a.box])).toBe(true);
    expect(isInside(t, a.box, b.box)).toBe(false);
    expect(isInside(t, a.box, -1)).toBe(true);
  });

  it.each([
    ['a loop', (s: ReturnType<typeof snap>) => { s.boxes[1] = 2; s.boxes[2] = 1; }, /成环/],
    ['a parent after its child', (s: ReturnType<typeof snap>) => { s.boxes[1] = 3; }, /上级编号 3 无效/],
    ['a block in a missing box', (s: ReturnType<typeof snap>) => { s.blocks[0].box = 99; }, /不存在的容器 99/],
    ['a block naming a missing table', (s: ReturnType<typeof snap>) => { s.blocks[0].table = 0; }, /不存在的表格 0（共 0 个表格）/],
    ['names not parallel to boxes', (s: ReturnType<typeof snap>) => { s.names = ['']; }, /容器名称与容器数目不一致/],
  ])('rejects %s with a Chinese message', (_n, edit, message) => {
    const s = snap();
    edit(s);
    const r = SnapshotSchema.safeParse(s);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join(' ')).toMatch(message);
  });

  it('a looping snapshot that skipped validation still captures, in bounded time', () => {
    const s = snap();
    s.boxes[1] = 2;
    s.boxes[2] = 1;
    const c = captureSnapshot(s);
    expect(c.text).toContain('甲段正文。');
  });
});

describe('a limit that must stay says so', () => {
  const page = `<div class="list"><ul>${Array.from({ length: 50 }, (_, i) => `<li><a href="/n/${i}.html">市政协召开专题协商会议之第${i + 1}次</a><span>2024-05-01</span></li>`).join('')}</ul></div>`;

  it.each([
    ['blocks', { blocks: 20 }, /^本页内容过长，只采集了前20条/],
    ['characters', { chars: 100 }, /^本页内容过长，只采集了前\d+条（约100字）/],
  ])('past the %s limit: a Chinese notice in the snapshot and the capture', (_n, limits, notice) => {
    const s = snapshotFromDocument(parseDocument(page), { url: 'http://zx.example.cn/', limits });
    expect(s.truncated?.[0]).toMatch(notice);
    const c = captureSnapshot(s);
    expect(c.notices?.[0]).toMatch(notice);
  });

  it('past the table row limit: the header plus N data rows, and a notice', () => {
    const s = snapshotFromDocument(parseDocument(bigTable(30)), { url: 'http://zx.example.cn/', limits: { rows: 10 } });
    expect(s.tables[0].rows).toHaveLength(11);
    expect(s.truncated).toEqual(['本页表格1过长，只采集了前10行']);
  });
});
