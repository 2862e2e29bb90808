import type { Snapshot } from '../page/snapshot-schema';

// A page that failed to load is never a capture. HTTP status → what happened and what to do, in Chinese;
// and the "soft 404": a portal's error page served with status 200.

export function httpErrorMessage(status: number): string {
  if (status === 404) return '页面不存在（404）：该链接已失效，没有保存。可在网站上搜索该文章的新地址后手动采集';
  if (status === 410) return '页面已被网站删除（410），没有保存';
  if (status === 401 || status === 403) return `网站拒绝访问（${status}）：需要登录或没有权限。请在浏览器中登录该网站后重试，没有保存`;
  if (status === 429) return '访问太频繁（429）：网站暂时限制了访问，请过几分钟再重试失败的文章';
  if (status >= 500) return `网站出错（${status}）：网站服务器暂时出了问题，请稍后重试失败的文章`;
  return `网站返回错误（${status}）：没有保存，请打开该页手动采集`;
}

const ERROR_TITLE = /^\s*(?:404|403|500|502|503)(?:$|\s*[-_:：!！|]|\s+(?:not|error|forbidden|internal|bad|service))|页面不存在|页面未找到|找不到(?:该|您要的|您访问的)?(?:页面|网页)|网页不存在|(?:页面|文章|信息)已(?:被)?删除|访问的页面(?:不存在|已删除)|not\s*found|page\s*not\s*found|无法找到该页|错误页面/i;

/** A portal's "页面不存在" page: told by its title, or by a short body saying so. Returns the reason or null. */
export function errorPageReason(s: Pick<Snapshot, 'title' | 'blocks'>): string | null {
  if (ERROR_TITLE.test(s.title)) return `网页标题是“${s.title.trim().slice(0, 30)}”`;
  const text = s.blocks.map((b) => b.text).join('');
  if (text.length < 400 && /(?:^|\D)404\s*(?:not\s*found|error|错误|页面)|(?:error|错误)\s*(?:代码)?[:：]?\s*404(?!\d)|页面不存在|页面未找到|找不到(?:该|您要的|您访问的)?(?:页面|网页)|网页不存在|not\s*found/i.test(text))
    return '网页正文很短，写着页面不存在';
  return null;
}

export function errorPageMessage(reason: string): string {
  return `这是网站的“页面不存在”错误页（${reason}），没有保存。请打开正确的文章页再采集`;
}
