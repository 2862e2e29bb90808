import type { Fact } from '../model';
import type { Indicator } from '../catalogue/schema';
import { STANDARD_CATALOGUE } from '../catalogue/indicators';
import { normalizeText } from '../text/normalize';
import { scanQuantities } from './scan';
import { classifyFactContext } from './classify';
import { contextOf } from './context';
import { headingBreaks, timeScopes } from './scope';
import { BARE_HOLDING, BARE_SETUP, PART_BY_SUBJECT, PART_OF_TOTAL, RUNNING_TOTAL } from './cues';
import { governmentPage, partKeepsDocumentTotal } from './proposal-outcomes';

export { contextOf };

/**
 * Every quantity statement of a page text, with offsets into `raw` (raw.slice(start, end) === quote).
 * Works on a normalised copy (simplified, re-joined, de-duplicated punctuation) and maps spans back.
 */
export function extractFacts(raw: string, opts: { catalogue?: readonly Indicator[]; pageDate?: string | null } = {}): Fact[] {
  if (typeof raw !== 'string' || raw.length === 0) return [];
  try {
    const catalogue = opts?.catalogue ?? STANDARD_CATALOGUE;
    const norm = normalizeText(raw);
    const qs = scanQuantities(norm.text);
    const facts: Fact[] = [];
    const scopes = qs.length ? timeScopes(norm.text, qs, opts?.pageDate, headingBreaks(raw, norm.map, norm.text.length)) : [];
    let prev: { code: string | null; unit: string; end: number } | null = null;
    // a government page on handling the office's proposals: its figures are the handler's (proposal-outcomes.ts)
    const handlersPage = qs.length > 0 && governmentPage(norm.text);
    for (let k = 0; k < qs.length; k++) {
      const q = qs[k];
      const start = norm.map[q.start];
      const end = norm.map[q.end - 1] + 1;
      if (!(start >= 0 && end > start && end <= raw.length)) continue;
      const ctx = contextOf(norm.text, qs, k);
      let indicator = classifyFactContext(ctx, catalogue);
      if (handlersPage && indicator && /^(?:pro|inf)\./.test(indicator)) indicator = null;
      // "…稿件860篇，其中中央级媒体36篇": a part that names nothing of its own counts what its total counts
      if (!indicator && prev?.code && prev.unit === q.unit && PART_OF_TOTAL.test(ctx.before) && !PART_BY_SUBJECT.test(ctx.before) && partKeepsDocumentTotal(prev.code, ctx.before)) {
        if (/^[，,；;]?$/.test(norm.text.slice(prev.end, q.start - ctx.before.length))) indicator = prev.code;
      }
      // "…协商议事活动186场，县政协直接组织32场": the activity of the clause before, held by the subject named here
      if (!indicator && prev?.code && prev.unit === q.unit && BARE_HOLDING.test(ctx.before)) {
        if (/^[，,；;]$/.test(norm.text.slice(prev.end, q.start - ctx.before.length))) indicator = prev.code;
      }
      // "建成委员工作室12个，本年度新增4个": more of the places the clause before counted
      if (!indicator && prev?.code && prev.unit === q.unit && BARE_SETUP.test(ctx.before) && catalogue.find((i) => i.code === prev!.code)?.unit === q.unit) {
        if (/^[，,；;]$/.test(norm.text.slice(prev.end, q.start - ctx.before.length))) indicator = prev.code;
      }
      // "新建委员工作室5个，总数达到23个": a running total of the count before it
      if (!indicator && prev?.code && prev.unit === q.unit && RUNNING_TOTAL.test(ctx.before.replace(/^[，,]/, ''))) {
        if (/^[，,]?$/.test(norm.text.slice(prev.end, q.start - ctx.before.length))) indicator = prev.code;
      }
      prev = { code: indicator, unit: q.unit, end: q.end };
      facts.push({
        quote: raw.slice(start, end),
        start,
        end,
        value: q.value,
        unit: q.unit,
        approx: q.approx,
        indicator,
        scope: scopes[k].scope,
        year: scopes[k].year,
      });
    }
    return facts;
  } catch {
    // extraction is best effort: a page we cannot read yields no facts rather than breaking capture
    return [];
  }
}
