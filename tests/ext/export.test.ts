import { describe, expect, it } from 'vitest';
import { capturesToCsv, csvCell, shanghaiTime } from '@/shared/store/export-csv';
import { buildReport, catalogueVersion } from '@/shared/store/report';
import { factKey, recordKey } from '@/shared/store/review';
import type { StoredCapture } from '@/shared/store/schema';
import { articleCapture, listCapture } from './fixtures';

const stored = (capture = articleCapture(), url = 'http://127.0.0.1/a.html'): StoredCapture => ({
  key: `d\n${url}`, draftId: 'd', url, rawUrl: url, capturedAt: '2026-03-02T08:00:00.000Z', firstCapturedAt: '2026-03-02T08:00:00.000Z',
  capture, review: { facts: {}, records: {} }, log: ['主框架 http://127.0.0.1/a.html：12 个文本块'],
});

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and has one row per fact and record, with the clerk’s decisions', () => {
    const a = stored();
    a.review.facts[factKey(a.capture.facts[0])] = { status: 'rejected' };
    a.review.facts[factKey(a.capture.facts[2])] = { status: 'accepted', value: 1520 };
    const l = stored(listCapture(), 'http://127.0.0.1/list.html');
    l.review.records[recordKey(l.capture.records[1])] = false;
    const csv = capturesToCsv([a, l]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 4 + 2);
    expect(lines[1]).toContain('举办的2期委员培训班,2,期,精确,mem.training_sessions');
    expect(lines[1].endsWith('已排除')).toBe(true);
    // The clerk's corrected value is exported beside the page's own quote.
    expect(lines[3]).toContain('1500余篇社情民意信息,1520,篇,以上');
    expect(lines[6].endsWith('2024-05-10,不计入')).toBe(true);
    // capturedAt 08:00 UTC is 16:00 in Beijing, written as the clerk's wall-clock time, not an ISO string.
    expect(lines[0].split(',')[3]).toBe('采集时间（北京时间）');
    expect(lines.slice(1).every((l) => l.split(',')[3] === '2026-03-02 16:00')).toBe(true);
    expect(csv).not.toContain('T08:00:00');
  });

  it.each([
    ['2026-02-01T08:00:00.000Z', '2026-02-01 16:00'],
    ['2026-01-31T16:30:00Z', '2026-02-01 00:30'], // crosses midnight into the next day in Beijing
    ['2025-12-31T23:59:59Z', '2026-01-01 07:59'], // and into the next year
    ['2026-07-01T12:00:00+08:00', '2026-07-01 12:00'], // an offset already in Beijing time stays as it is
    ['不是时间', '不是时间'],
    ['', ''],
  ])('writes %s as %s (Asia/Shanghai)', (iso, local) => {
    expect(shanghaiTime(iso)).toBe(local);
  });

  it('quotes commas and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(12)).toBe('12');
  });
});

describe('报告问题', () => {
  it('has the URL, versions, kind and why, and the extraction log', () => {
    const text = buildReport(stored(listCapture(), 'http://127.0.0.1/list.html'), { extensionVersion: '0.1.0' });
    expect(text).toContain('网址：http://127.0.0.1/list.html');
    expect(text).toContain('扩展版本：0.1.0');
    expect(text).toContain(`指标目录版本：2025 版（${catalogueVersion()}）`);
    expect(text).toContain('识别类型：列表（list）');
    expect(text).toContain('识别理由：20 条带日期的链接标题');
    expect(text).toContain('分页：共 120 条，第 1/6 页');
    expect(text).toContain('  - 主框架 http://127.0.0.1/a.html：12 个文本块');
  });
});
