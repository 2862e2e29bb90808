import { execFileSync } from 'node:child_process';

// What a printed PDF of the form looks like, measured from pdftotext's word boxes: page size, the size the body
// text prints at (a CJK character is as wide as its font size), which pages carry the table header, stray codes.

export interface PrintedPage {
  width: number;
  height: number;
  /** Median printed size (pt) of the table body's Chinese words; null on a page without any. */
  bodyPt: number | null;
  /** The page repeats the table header (指标名称 … 本年 … 上年). */
  header: boolean;
  words: string[];
}

const CJK_ONLY = /^[\u4e00-\u9fff]{2,}$/;
const HEADER_WORDS = new Set(['序号', '指标名称', '本年', '上年', '说明']);

export function measurePdf(pdf: string): PrintedPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
  return html.split('<page ').slice(1).map((page) => {
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1] ?? 0);
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0);
    const words = [...page.matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => ({ w: Number(m[2]) - Number(m[1]), text: m[3] }));
    // Body words: Chinese-only words of the table (the 16 pt title and the header words are left out).
    const sizes = words
      .filter((x) => CJK_ONLY.test(x.text) && !HEADER_WORDS.has(x.text) && !x.text.startsWith('政协工作年度统计报表'))
      .map((x) => x.w / [...x.text].length)
      .sort((a, b) => a - b);
    const texts = words.map((x) => x.text);
    return {
      width,
      height,
      bodyPt: sizes.length ? Math.round(sizes[Math.floor(sizes.length / 2)] * 10) / 10 : null,
      header: ['指标名称', '本年', '上年'].every((h) => texts.includes(h)),
      words: texts,
    };
  });
}

/** Converts .xlsx files to PDF with LibreOffice in a private profile (another soffice must not take the job). */
export function xlsxToPdf(files: string[], outDir: string, profileDir: string): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}
