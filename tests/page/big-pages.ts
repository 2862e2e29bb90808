// Generated portal pages of a given size (a proposal table, a headline list): for the bench's
// timings and the tests that every row is kept.

const day = (i: number) => `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

export function bigTable(rows: number): string {
  const tr = Array.from({ length: rows }, (_, i) => `<tr><td>${i + 1}</td><td><a href="/tian/${i}.html">关于加强第${i + 1}项民生工作的建议</a></td><td>委员${i % 97}</td><td>${day(i)}</td></tr>`).join('');
  return `<!DOCTYPE html><html><head><title>提案目录_某某政协</title></head><body><div class="nav"><a href="/">首页</a></div><div class="list"><table><tr><th>序号</th><th>案由</th><th>提案人</th><th>日期</th></tr>${tr}</table></div></body></html>`;
}

export function bigList(items: number): string {
  const li = Array.from({ length: items }, (_, i) => `<li><a href="/yw/t${i}.html">市政协召开专题协商会议推进民生实事之${i + 1}</a><span>${day(i)}</span></li>`).join('');
  return `<!DOCTYPE html><html><head><title>要闻报道_某某政协</title></head><body><div class="nav"><a href="/">首页</a></div><div class="list"><ul>${li}</ul></div></body></html>`;
}
