import { describe, expect, it } from 'vitest';
import { captureText } from '../../shared/page/capture';
import { gold, seedText } from './fixtures';

// Plain texts are kept whole (the clerk's file is the evidence); only their shape is read.

const TITLES: Array<[number, string, string | null]> = [
  [0, '高效能保障服务履职实践 新起点聚力赋能创新发展', '2026-01-30'],
  [1, '做“實功” 礪“真功” 煉“硬功”', null],
  [2, '当好一流参谋 做好一流“中枢”推进政协工作创新发展', null],
  [3, '政协天地|政协工作提质量 服务发展提效能', null],
  [4, '低砺奋进向未来 委员履职谱新篇', '2024-02-27'],
];

describe('captureText on the seed texts', () => {
  it.each(TITLES)('seed %i: kind from gold, title “%s”, date %s, text kept whole', (n, title, date) => {
    const raw = seedText(n);
    const c = captureText(raw);
    expect(c.kind).toBe(gold(n).kind);
    expect(c.title).toBe(title);
    expect(c.date).toBe(date);
    expect(c.text).toBe(raw.replace(/^\ufeff/, ''));
    for (const f of c.facts) expect(c.text.slice(f.start, f.end)).toBe(f.quote);
    expect(c.why?.length).toBeGreaterThan(0);
  });

  it('a BOM is stripped and offsets index the text without it', () => {
    const raw = seedText(0);
    const c = captureText('\ufeff' + raw);
    expect(c.text).toBe(raw);
    expect(c.facts).toEqual(captureText(raw).facts);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only (old Mac editors)', '\r'],
  ])('%s line endings give the same title, kind and records, text kept whole', (_name, eol) => {
    const raw = seedText(0).replace(/\r\n|\r|\n/g, eol);
    const c = captureText(raw);
    expect(c.text).toBe(raw.replace(/^\ufeff/, ''));
    expect(c.title).toBe(TITLES[0][1]);
    expect(c.kind).toBe(gold(0).kind);
    for (const f of c.facts) expect(c.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('dated bullet lines become dated records of a list', () => {
    const lines = gold(1).records.map((r, i) => `· ${r.title} 2024-09-0${i + 1}`);
    const c = captureText(lines.join('\n'), 'http://zx.example.cn/list.html');
    expect(c.kind).toBe('list');
    expect(c.why).toEqual(['检测到6条带日期的标题行']);
    expect(c.records.map((r) => [r.title, r.date, r.indicator])).toEqual(gold(1).records.map((r, i) => [r.title, `2024-09-0${i + 1}`, r.indicator]));
  });

  it('a copied list page (title then date on each line, no bullets) is a list', () => {
    const text = ['要闻报道', ...gold(1).records.map((r, i) => `${r.title}　2024-09-0${i + 1}`), '共12条 第1页/共2页'].join('\n');
    const c = captureText(text);
    expect(c.kind).toBe('list');
    expect(c.records.map((r) => [r.title, r.date])).toEqual(gold(1).records.map((r, i) => [r.title, `2024-09-0${i + 1}`]));
  });
});
