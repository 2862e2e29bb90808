import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The command line as a clerk runs it: exit codes, --json shape, one-line errors, tally → rollup → check.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = path.join(projectRoot, 'tests/fixtures/seeds');
const dir = mkdtempSync(path.join(tmpdir(), 'zxtally-check-'));

function zxtally(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(projectRoot, 'bin/zxtally.mjs'), ...args], { cwd: projectRoot }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function file(name: string, content: unknown): string {
  const p = path.join(dir, name);
  writeFileSync(p, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
  return p;
}

const header = { form: 'ZX-01', unit: '莆田市政协', period: '2023' };

describe('zxtally check', () => {
  it.each([
    ['clean', { ...header, values: { 'pro.accepted': 5052, 'pro.answered': 5044, 'pro.answer_rate': 99.84 } }, 0, []],
    ['Putian 93.3%', { ...header, values: { 'pro.submitted': 254, 'pro.accepted': 236, 'pro.accept_rate': 93.3 } }, 1, ['R06']],
    ['open warning only', { ...header, values: { 'inf.instructed': 230, 'inf.instructions': 200 } }, 0, ['R14']],
    ['no unit', { ...header, unit: '', values: {} }, 1, ['R20']],
  ])('%s', async (name, form, code, rules) => {
    const r = await zxtally('check', file(`${name}.json`, form), '--json');
    expect(r.code).toBe(code);
    const out = JSON.parse(r.stdout);
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(rules);
    for (const f of out.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'message', 'codes', 'imbalance', 'explained']));
  });

  it('reports an explained warning as explained, with its note', async () => {
    const form = { ...header, values: { 'inf.collected': 4069 }, prior: { 'inf.collected': 2000 }, notes: { 'inf.collected': '新增网上征集渠道' } };
    const r = await zxtally('check', file('explained.json', form), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toMatchObject([{ rule: 'R17', explained: true, note: '新增网上征集渠道', imbalance: 2069 }]);
  });

  it('prints a readable Chinese report without --json', async () => {
    const r = await zxtally('check', file('putian.json', { ...header, values: { 'pro.submitted': 254, 'pro.accepted': 236, 'pro.accept_rate': 93.3 } }));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[错误] R06 立案率与立案数、提交数不符');
    expect(r.stdout).toContain('按件数计算应为 92.91%');
    expect(r.stdout).toContain('结论：有强制性审核错误，不能上报');
  });

  it('exits 2 on a GBK-encoded file, saying to save it as UTF-8', async () => {
    // "城中区" in GBK: b3c7 d6d0 c7f8
    const gbk = Buffer.concat([Buffer.from('{"form":"ZX-01","unit":"'), Buffer.from([0xb3, 0xc7, 0xd6, 0xd0, 0xc7, 0xf8]), Buffer.from('","period":"2023","values":{}}')]);
    const r = await zxtally('check', file('gbk.json', gbk));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/是 GBK\/GB18030 编码，不是 UTF-8.*另存为/);
  });

  it.each([
    ['text count', `{"form":"ZX-01","unit":"x","period":"2023","values":{"pro.accepted":"97"}}`, 'values.pro.accepted：应为数字，实际为文本 "97"'],
    ['truncated', `{"form":"ZX-01","unit":"x","period":"2023","values":{"pro.acc`, '文件不完整'],
  ])('exits 2 with one line on stderr for a bad file: %s', async (name, text, part) => {
    const r = await zxtally('check', file(`bad-${name}.json`, text));
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('错误'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(part);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('zxtally check --local', () => {
  const local = { severities: { R14: 'error' }, indicators: [{ code: 'loc.river_chiefs', sheet: '表1', section: '九、本地', label: '委员河长', unit: '名', kind: 'count' }] };
  const form = { ...header, values: { 'inf.instructed': 230, 'inf.instructions': 200, 'loc.river_chiefs': 12 } };

  it('reads local indicators and blocks on a rule the office made an error', async () => {
    const r = await zxtally('check', file('local-form.json', form), '--local', file('local.json', local), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toMatchObject([{ rule: 'R14', severity: 'error' }]);
  });

  it('without --local, names the unknown code and says how to fix it', async () => {
    const r = await zxtally('check', file('local-form2.json', form));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知指标代码 loc.river_chiefs');
    expect(r.stderr).toContain('请用 --local 指定本地扩展文件');
  });
});

describe('zxtally tally → rollup → check', () => {
  it('tallies seed pages into a form that check reads', async () => {
    const t = await zxtally('tally', path.join(SEEDS, '000_0bbf2ada2c50541b.txt'), '--unit', '自治区政协', '--period', '2025');
    expect(t.code).toBe(0);
    const form = JSON.parse(t.stdout);
    expect(form).toMatchObject({ form: 'ZX-01', unit: '自治区政协', period: '2025', values: { 'mem.trainees': 525, 'inf.edited': 1565, 'mtg.chair': 13 } });
    expect(form.sources['inf.edited'][0].quote).toContain('1565');
    const c = await zxtally('check', file('tallied.json', t.stdout));
    expect(c.code).toBe(0);
  });

  it('rolls up unit forms into one that passes R21, and fails when its total is edited', async () => {
    const east = file('east.json', { ...header, unit: '城东区政协', values: { 'pro.submitted': 3000, 'pro.accepted': 2800 } });
    const west = file('west.json', { ...header, unit: '城西区政协', values: { 'pro.submitted': 2641, 'pro.accepted': 2252 } });
    const r = await zxtally('rollup', east, west, '--unit', '莆田市政协');
    expect(r.code).toBe(0);
    const merged = JSON.parse(r.stdout);
    expect(merged.values).toMatchObject({ 'pro.submitted': 5641, 'pro.accepted': 5052, 'pro.accept_rate': 89.56 });
    expect((await zxtally('check', file('merged.json', r.stdout))).code).toBe(0);
    merged.values['pro.accepted'] = 5000;
    const bad = await zxtally('check', file('merged-bad.json', merged), '--json');
    expect(bad.code).toBe(1);
    // The edited total breaks R21 and, through the carried rate, R06: both are reported.
    expect(JSON.parse(bad.stdout).findings).toMatchObject([{ rule: 'R06' }, { rule: 'R21', codes: ['pro.accepted'], imbalance: -52 }]);
  });

  it('runs R21 against parts given on the command line', async () => {
    const east = file('east2.json', { ...header, unit: '城东区政协', values: { 'pro.accepted': 2800 } });
    const city = file('city.json', { ...header, unit: '莆田市政协', values: { 'pro.accepted': 2801 } });
    const r = await zxtally('check', city, east, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toMatchObject([{ rule: 'R21', imbalance: 1 }]);
  });

  it('refuses to roll up the same unit twice', async () => {
    const east = file('east3.json', { ...header, unit: '城东区政协', values: { 'pro.accepted': 2800 } });
    const r = await zxtally('rollup', east, east);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('同一单位不能汇总两次');
  });
});
