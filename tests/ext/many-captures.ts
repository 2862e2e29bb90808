import type { StoredCapture } from '@/shared/store/schema';
import { articleCapture, listCapture } from './fixtures';

// A year and more of portal pages for one draft: 300 captures with publication dates over 2024–2026,
// articles (the seed article's facts), list pages and undated pages. Deterministic.

const TOPICS = ['主席会议', '常委会会议', '专题协商会', '提案办理协商会', '委员培训', '社情民意信息', '民主监督', '调研视察', '委员工作室', '文史资料'];

export function manyCaptures(draftId: string, n = 300): StoredCapture[] {
  const out: StoredCapture[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2024 + (i % 3);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 27) + 1).padStart(2, '0');
    const topic = TOPICS[i % TOPICS.length];
    const list = i % 10 === 9;
    const base = list ? listCapture() : articleCapture();
    const undated = i % 25 === 24;
    const title = list ? `${topic}栏目 第${i}页` : `第${i}号 ${year}年${topic}${i === 7 ? '政協(xié)委员履职' : '工作动态'}`;
    const url = `http://127.0.0.1/news/${year}/${i}.html`;
    const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    out.push({
      key: `${draftId}\n${url}`, draftId, url, rawUrl: url, capturedAt: at, firstCapturedAt: at,
      capture: { ...base, title, date: list || undated ? null : `${year}-${month}-${day}`, url, facts: i % 2 ? base.facts : base.facts.slice(0, 1) },
      review: { facts: {}, records: {} },
      log: [],
    });
  }
  return out;
}
