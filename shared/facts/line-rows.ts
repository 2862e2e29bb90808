import type { FactContext } from './classify';

// A statistics table written as text, one row a line ("收到提案：436件\n立案：402件"): a line holding its label
// and then its number ends the row, and the words on the next line are the next row's label. (A number alone
// on its line, under its label — e-paper columns, "基层联系点\n\n24 个" — still reads across the break.)

/** The words after the number reach past a line break while its own line names it before the number. */
export function rowOnItsLine(ctx: FactContext): FactContext {
  if (!/^[ \t\u3000]*\n/.test(ctx.after)) return ctx;
  const line = ctx.before.slice(ctx.before.lastIndexOf('\n') + 1);
  if (!/[\u4e00-\u9fff]{2}/.test(line)) return ctx;
  return { ...ctx, after: '', tail: '' };
}
