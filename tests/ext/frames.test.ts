import { describe, expect, it } from 'vitest';
import { mergeFrames } from '@/entrypoints/background/frames';
import type { Snapshot } from '@/shared/page/snapshot-schema';

const snap = (url: string, texts: string[], tables = 0): Snapshot => ({
  url, title: 't', meta: {},
  blocks: texts.map((text, i) => ({ tag: 'p', text, path: 'div', box: i === 0 ? 0 : 1, linkChars: 0 })),
  boxes: [-1, 0],
  tables: Array.from({ length: tables }, () => ({ rows: [[{ text: '1' }]], path: 'table' })),
});

describe('mergeFrames', () => {
  it('appends same-origin frames with their box and table indices shifted', () => {
    const main = snap('http://127.0.0.1/epaper/index.html', ['版面导航'], 1);
    const frame = snap('http://127.0.0.1/epaper/page1.html', ['召开主席会议13次', '第二段'], 1);
    frame.blocks.push({ tag: 'table', text: '', path: 'table', box: 1, linkChars: 0, table: 0 });
    const { snapshot, merged } = mergeFrames([{ frameId: 0, snapshot: main }, { frameId: 5, snapshot: frame }]);
    expect(merged).toBe(1);
    expect(snapshot.blocks.map((b) => b.text)).toEqual(['版面导航', '召开主席会议13次', '第二段', '']);
    expect(snapshot.boxes).toEqual([-1, 0, -1, 2]);
    expect(snapshot.blocks.slice(1).map((b) => b.box)).toEqual([2, 3, 3]);
    expect(snapshot.blocks[3].table).toBe(1);
    expect(snapshot.tables).toHaveLength(2);
  });

  it('ignores frames of other origins (ads, maps, video players)', () => {
    const { snapshot, merged } = mergeFrames([
      { frameId: 3, snapshot: snap('https://map.example.com/embed', ['地图']) },
      { frameId: 0, snapshot: snap('http://127.0.0.1/a.html', ['正文']) },
    ]);
    expect(merged).toBe(0);
    expect(snapshot.blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('says what to do when nothing came back', () => {
    expect(() => mergeFrames([])).toThrow('请刷新页面');
  });
});
