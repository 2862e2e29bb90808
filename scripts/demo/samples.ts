import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { captureHtml } from '../../shared/page/capture-html';
import { DemoError } from './errors';

// The bundled sample portal pages (tests/fixtures/portal/index.json) and the reporting year they suggest.

export const ROOT = resolve(import.meta.dirname, '../..');
export const PORTAL_DIR = join(ROOT, 'tests/fixtures/portal');

export interface SamplePage {
  path: string;
  kind: string;
  seed: number | null;
  charset: string;
  title: string;
}

export function samplePages(): SamplePage[] {
  let list: unknown;
  try {
    list = JSON.parse(readFileSync(join(PORTAL_DIR, 'index.json'), 'utf8'));
  } catch (err) {
    throw new DemoError(`读不到示例网页清单 tests/fixtures/portal/index.json（${(err as Error).message}）。请确认代码完整，或运行 python3 tests/fixtures/portal/build.py 重新生成`);
  }
  if (!Array.isArray(list) || list.length === 0) throw new DemoError('示例网页清单 tests/fixtures/portal/index.json 是空的。请运行 python3 tests/fixtures/portal/build.py 重新生成');
  return list as SamplePage[];
}

/** The publication year of each dated page, read with the same core the extension runs. */
function pageYears(pages: readonly SamplePage[]): number[] {
  const years: number[] = [];
  for (const p of pages) {
    try {
      const bytes = readFileSync(join(PORTAL_DIR, p.path));
      const charset = p.charset === 'utf-8-bom' ? 'utf-8' : p.charset;
      const date = captureHtml(new TextDecoder(charset).decode(bytes), `http://127.0.0.1/${p.path}`).date;
      const y = date ? Number(date.slice(0, 4)) : NaN;
      if (Number.isInteger(y)) years.push(y);
    } catch {
      /* an unreadable page just does not vote */
    }
  }
  return years;
}

/** The year most sample pages were published in (more than half of the dated ones), else last year. */
export function defaultPeriod(pages: readonly SamplePage[], now = new Date()): { period: string; why: string } {
  const years = pageYears(pages);
  const lastYear = String(now.getFullYear() - 1);
  if (years.length === 0) return { period: lastYear, why: '示例网页没有发布日期，取上一年' };
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (n * 2 > years.length) return { period: String(top), why: `${years.length} 个有日期的示例网页中 ${n} 个发布于 ${top} 年` };
  const span = `${Math.min(...years)}–${Math.max(...years)}`;
  return { period: lastYear, why: `示例网页发布于 ${span} 年各年，取上一年` };
}
