import { describe, expect, it } from 'vitest';
import { file, zxtally } from './helpers';

// `zxtally rollup` on inputs no office writes by hand but a tool can: 1e308 in two units, and ~13 MB forms (under the
// form file's size limit) whose source lists are longer than a spread into push() survives.

describe('zxtally rollup: overflow and size', () => {
  it('reports a sum past the largest number instead of writing null, and merges 2 × 200,000 sources', async () => {
    const sources = (u: string) => Array.from({ length: 200_000 }, (_, i) => ({ url: `http://a/${u}${i}`, quote: '13次', capturedAt: '2024-12-01' }));
    const form = (u: string, name: string) =>
      file(`big-${u}.json`, JSON.stringify({ form: 'ZX-01', unit: name, period: '2024', values: { 'mtg.chair': 1e308, 'pro.submitted': 12 }, sources: { 'mtg.chair': sources(u) } }));
    const r = await zxtally('rollup', form('e', '城东区政协'), form('w', '城西区政协'), '--unit', '市政协');
    expect(r.stderr).not.toMatch(/call stack|处理失败/);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('null');
    const out = JSON.parse(r.stdout);
    expect(out.values).toEqual({ 'pro.submitted': 24 });
    expect(out.sources['mtg.chair']).toHaveLength(400_000);
    expect(r.stderr).toMatch(/【汇总表】\n\[错误\] R21 [^\n]*\n[^\n]*mtg\.chair[^\n]*\n[^\n]*合计超出可计算的范围/);
  }, 60_000);
});
