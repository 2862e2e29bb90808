import { newStandardWorkbook } from '../../shared/xlsx/blank';

// Templates a real office might send: the standard ZX-01 sheets with `extra` rows of detail appended below each
// table (序号, a label, a number, a note), or with one stray cell far down (`farRow`). For the fill tests and bench.

export async function longTemplate(extra: number, farRow?: number): Promise<Uint8Array> {
  const wb = await newStandardWorkbook();
  for (const ws of wb.worksheets) {
    if (farRow) ws.getCell(farRow, 2).value = '附注：本表数据截至年底';
    const start = ws.rowCount + 2;
    for (let i = 0; i < extra; i++) {
      const row = ws.getRow(start + i);
      row.getCell(1).value = i + 1;
      row.getCell(2).value = `附表明细第${i + 1}项`;
      row.getCell(5).value = i * 3;
      row.getCell(8).value = '备注';
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
