import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExcelJS } from '../../shared/xlsx/blank';
import { pdfHasCjkFont } from './glyphs';

// The filled form as a clerk would see it printed: one .xlsx per sheet → LibreOffice PDF → PNG per page.
// Needs soffice and pdftoppm (scripts/demo/packages.ts installs them when the demo is asked to render).

/** One workbook per sheet, so each PNG belongs to one table (表1, 表2…). */
async function splitSheets(bytes: Uint8Array, dir: string): Promise<Array<{ id: string; file: string }>> {
  const ExcelJS = await loadExcelJS();
  const probe = new ExcelJS.Workbook();
  await probe.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const names = probe.worksheets.map((w) => w.name);
  const out: Array<{ id: string; file: string }> = [];
  for (const name of names) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    for (const ws of [...wb.worksheets]) if (ws.name !== name) wb.removeWorksheet(ws.id);
    const id = name.split(/\s+/)[0].replace(/[\\/:*?"<>|]/g, '_');
    const file = join(dir, `ZX-01-${id}.xlsx`);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    out.push({ id, file });
  }
  return out;
}

const DPI = 130;
const MARGIN_PT = 24;

/** Per PDF page, the vertical extent of its text (points), so the PNG leaves out the empty lower half of A4. */
function textBands(pdf: string): Array<{ top: number; bottom: number; width: number } | null> {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
  return html.split('<page ').slice(1).map((page) => {
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1] ?? 595);
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 842);
    // The page footer (sheet name, page number) sits in the bottom margin; the crop is about the table.
    const ys = [...page.matchAll(/yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]).filter((y) => y[1] < height - 45);
    if (ys.length === 0) return null;
    return { top: Math.min(...ys.map((y) => y[0])), bottom: Math.max(...ys.map((y) => y[1])), width };
  });
}

function pageToPng(pdf: string, page: number, band: { top: number; bottom: number; width: number } | null, target: string): void {
  const px = (pt: number) => Math.round((pt * DPI) / 72);
  const crop = band
    ? ['-x', '0', '-y', String(px(Math.max(0, band.top - MARGIN_PT))), '-W', String(px(band.width)), '-H', String(px(band.bottom - band.top + 2 * MARGIN_PT))]
    : [];
  execFileSync('pdftoppm', ['-png', '-r', String(DPI), '-f', String(page), '-l', String(page), '-singlefile', ...crop, pdf, target], { stdio: 'pipe', timeout: 60_000 });
}

/** Renders every sheet to out/ZX-01-<表N>.png (…-2.png for a sheet's further pages); returns the files written. */
export async function renderForm(bytes: Uint8Array, outDir: string): Promise<string[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'zxtally-demo-render-'));
  try {
    const sheets = await splitSheets(bytes, tmp);
    // A private LibreOffice profile: another soffice running on this machine must not take the job over.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, ...sheets.map((s) => s.file)],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const written: string[] = [];
    for (const s of sheets) {
      const pdf = s.file.replace(/\.xlsx$/, '.pdf');
      if (!pdfHasCjkFont(pdf)) throw new Error('LibreOffice 没有找到中文字体，报表图片中的汉字会是方框。请安装 fonts-noto-cjk 后重试');
      textBands(pdf).forEach((band, i) => {
        const target = join(outDir, `ZX-01-${s.id}${i === 0 ? '' : `-${i + 1}`}`);
        pageToPng(pdf, i + 1, band, target);
        written.push(`${target}.png`);
      });
    }
    return written;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
