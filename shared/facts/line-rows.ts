import type { FactContext } from './classify';

// A statistics table written as text, one row a line ("收到提案：436件\n立案：402件"): a line holding its label
// and then its number ends the row, and the words on the next line are the next row's label. (A number alone
// on its line, under its label — e-paper columns, "基层联系点\n\n24 个" — still reads across the break.)

/** The words after the number reach past a line break while its own line names it before the number. */
export function rowOnItsLine(ctx: FactContext): FactContext {
  if (!ctx.before.includes('\n') && !ctx.after.includes('\n')) return ctx;
  const nl = ctx.before.lastIndexOf('\n');
  const line = ctx.before.slice(nl + 1);
  const afterBreak = /^[ \t\u3000]*\n/.test(ctx.after);
  if ((!afterBreak && nl < 0) || !/[\u4e00-\u9fff]{2}/.test(line)) return ctx;
  // (and a title line above a line that says enough on its own, "…工作情况的报告\n\n今年共收到提案312件", is no
  // part of its words; a short line, "基层联系点\n\n建成24个", still reads the label above it)
  const ownWords = nl >= 0 && (line.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 5;
  return { ...ctx, before: ownWords ? line : ctx.before, ...(afterBreak ? { after: '', tail: '' } : {}) };
}
