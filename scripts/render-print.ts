// Renders a filled ZX-01 form as it prints on A4 (LibreOffice → PDF → PNG) into docs/, and prints what the PDF
// measures: pages, paper, the size the body text prints at. `npx tsx scripts/render-print.ts [OUT_DIR]`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fillWorkbook } from '../shared/xlsx/fill';
import type { FormFile } from '../shared/form/form-file';
import { measurePdf, xlsxToPdf } from './demo/print-measure';
import { renderForm } from './demo/render';

const form: FormFile = {
  form: 'ZX-01',
  unit: '城中区政协',
  period: '2024',
  values: {
    'mtg.plenary': 1, 'mtg.standing': 6, 'mtg.chair': 13, 'con.topical': 4, 'res.reports': 12,
    'pro.submitted': 120, 'pro.accepted': 110, 'pro.by_member': 70, 'pro.collective': 40, 'pro.answered': 110,
    'pro.accept_rate': 91.67, 'pro.answer_rate': 100, 'inf.collected': 320, 'svc.donations': 933500.5,
  },
  prior: { 'pro.accepted': 90, 'mtg.chair': 12, 'pro.accept_rate': 88.2, 'inf.collected': 280 },
  notes: { 'pro.accepted': '含跨年度并案的提案，经主席会议研究后一并立案' },
};

const out = resolve(process.argv[2] ?? 'docs');
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'zx-render-print-'));
try {
  const { bytes } = await fillWorkbook(form);
  const xlsx = join(tmp, 'ZX-01-filled.xlsx');
  writeFileSync(xlsx, bytes);
  xlsxToPdf([xlsx], tmp, join(tmp, 'profile'));
  const pdf = join(tmp, 'ZX-01-filled.pdf');
  const pages = measurePdf(pdf);
  pages.forEach((p, i) => console.log(`第 ${i + 1} 页：${Math.round(p.width)}×${Math.round(p.height)} pt，正文 ${p.bodyPt} pt（${Math.round(((p.bodyPt ?? 0) / 11) * 100)}%），表头${p.header ? '有' : '无'}`));
  // Whole A4 pages, so the scale can be judged against the paper.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, 'print-a4-page1')]);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', pdf, join(out, 'print-a4-page2')]);
  // The demo's render step (one PNG per sheet, cropped to the printed part) for the README's picture of 表2.
  const files = await renderForm(bytes, tmp);
  const t2 = files.find((f) => f.endsWith('ZX-01-表2.png'));
  if (t2) copyFileSync(t2, join(out, 'addin-xlsx-filled.png'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
