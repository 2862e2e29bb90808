// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { App } from '@/entrypoints/sidepanel/App';
import { fetchPage } from '@/entrypoints/sidepanel/fetch-page';
import { openDrafts } from '@/shared/store/drafts';
import { saveSnapshot } from '@/shared/store/save-capture';
import { draftId } from '@/shared/store/keys';
import { articleCapture } from './fixtures';
import { panelDeps } from './panel-deps';
import { MISSING, PAGES, PER_PAGE, YEAR, headlines, siteFetch } from '../paged-site';

// The clerk's workflow in the panel over a real (fake-indexeddb) store: nothing hidden, nothing lost.

const deps = panelDeps;

async function until(check: () => boolean, what: string, tries = 400): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (check()) return;
    await act(() => new Promise((r) => setTimeout(r, 5)));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const button = (root: HTMLElement, text: string | RegExp) =>
  [...root.querySelectorAll('button')].find((b) => (typeof text === 'string' ? b.textContent?.includes(text) : text.test(b.textContent ?? '')))!;
const byLabel = <T extends HTMLElement>(root: HTMLElement, label: string) => root.querySelector(`[aria-label="${label}"]`) as T;
const type = (el: HTMLInputElement, v: string) =>
  act(() => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
const choose = (el: HTMLSelectElement, v: string) =>
  act(() => {
    el.value = v;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
const pageCount = (root: HTMLElement) => root.querySelector('[data-testid=page-count]')?.textContent ?? null;
const tallyCell = (root: HTMLElement, code: string) => root.querySelector(`[data-testid=tally] tr[data-code="${code}"] td.num`)?.textContent ?? null;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  document.body.innerHTML = '';
});

function mount(d = deps()): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<App deps={d} />, root));
  return root;
}

async function seedDefault(url = 'http://127.0.0.1/a.html'): Promise<void> {
  const store = await openDrafts();
  await store.setSettings({ unit: '', period: '2025' });
  const d = await store.activeDraft();
  await store.saveCapture(d.id, url, articleCapture(), []);
  store.close();
}

describe('drafts: captures never disappear', () => {
  it('setting 填报单位 after capturing asks first, and moving keeps the pages listed', async () => {
    await seedDefault();
    const root = mount();
    await until(() => pageCount(root) === '1', 'the captured page');
    type(root.querySelector('[data-testid=draft-header] input[type=text]') as HTMLInputElement, '城中区政协');
    await until(() => !!root.querySelector('[data-testid=draft-confirm]'), 'the question');
    expect(root.querySelector('[data-testid=draft-confirm]')!.textContent).toContain('当前草稿“未填单位 2025 年”有 1 个已采集页面');
    expect(pageCount(root)).toBe('1');
    act(() => button(root, '把 1 个页面移到“城中区政协 2025 年”').click());
    await until(() => !!root.querySelector('[data-testid=draft-note]')?.textContent?.includes('移了过来'), 'the move');
    expect(pageCount(root)).toBe('1');
    expect(root.textContent).not.toContain('还没有采集');
    const store = await openDrafts();
    expect((await store.listCaptures(draftId('城中区政协', '2025'))).length).toBe(1);
    expect((await store.listCaptures(draftId('', '2025'))).length).toBe(0);
    store.close();
  });

  it('switching without moving keeps the old draft in the switcher, and switching back shows its pages', async () => {
    await seedDefault();
    const root = mount();
    await until(() => pageCount(root) === '1', 'the captured page');
    const period = root.querySelector('[data-testid=draft-header] input.period') as HTMLInputElement;
    type(period, '2024');
    await until(() => !!root.querySelector('[data-testid=draft-confirm]'), 'the question');
    act(() => button(root, '只切换').click());
    await until(() => !!root.textContent?.includes('还没有采集'), 'the new, empty draft');
    expect(root.querySelector('[data-testid=draft-note]')!.textContent).toContain('“未填单位 2025 年”的页面仍在');
    const switcher = root.querySelector('[data-testid=draft-switcher]') as HTMLSelectElement;
    expect([...switcher.options].map((o) => o.textContent)).toEqual(expect.arrayContaining(['未填单位 2025 年（1 页）', '未填单位 2024 年（0 页）']));
    choose(switcher, draftId('', '2025'));
    await until(() => pageCount(root) === '1', 'the first draft again');
  });

  it('moves selected pages to another draft from the list', async () => {
    await seedDefault('http://127.0.0.1/a.html');
    const store = await openDrafts();
    const d = await store.activeDraft();
    await store.saveCapture(d.id, 'http://127.0.0.1/b.html', { ...articleCapture(), title: '第二篇' }, []);
    await store.ensureDraft('城中区政协', '2025');
    store.close();
    const root = mount();
    await until(() => pageCount(root) === '2', 'two pages');
    const box = byLabel<HTMLInputElement>(root, '选择：第二篇');
    act(() => {
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    choose(byLabel(root, '移到哪份草稿'), draftId('城中区政协', '2025'));
    act(() => button(root, '移动').click());
    await until(() => pageCount(root) === '1', 'one page left');
    expect(root.querySelector('[data-testid=draft-note]')!.textContent).toContain('已把 1 个页面移到“城中区政协 2025 年”');
    expect([...(root.querySelector('[data-testid=draft-switcher]') as HTMLSelectElement).options].map((o) => o.textContent)).toContain('城中区政协 2025 年（1 页）');
  });
});

describe('the panel’s feedback', () => {
  it('the empty panel shows no findings (no R20 error before anything is captured)', async () => {
    const root = mount();
    await until(() => !!root.textContent?.includes('还没有采集'), 'the empty draft');
    expect(root.querySelector('[data-testid=tally]')).toBeNull();
    expect(root.textContent).not.toContain('R20');
    expect(root.textContent).not.toContain('错误');
  });

  it('a value edit reaches the tally and is undone; the quote keeps the page’s text', async () => {
    await seedDefault();
    const root = mount();
    await until(() => tallyCell(root, 'mtg.chair') === '13次', 'the tally');
    type(byLabel(root, '数值：主席会议13次'), '14');
    await until(() => tallyCell(root, 'mtg.chair') === '14次', 'the edited value in the tally');
    expect(root.textContent).toContain('（原文 13次）');
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toContain('主席会议13次');
    act(() => button(root, '撤销上一步').click());
    await until(() => tallyCell(root, 'mtg.chair') === '13次', 'the undone edit');
    expect(byLabel<HTMLInputElement>(root, '数值：主席会议13次').value).toBe('13');
    const store = await openDrafts();
    const [c] = await store.listCaptures(draftId('', '2025'));
    expect(Object.values(c.review.facts).some((r) => r.value !== undefined)).toBe(false);
    store.close();
  });

  it('a statement of another year is marked as not counted, with the reason', async () => {
    const store = await openDrafts();
    await store.setSettings({ unit: '城中区政协', period: '2025' });
    const d = await store.activeDraft();
    const cap = articleCapture();
    cap.facts[3] = { ...cap.facts[3], year: 2024 };
    await store.saveCapture(d.id, 'http://127.0.0.1/a.html', cap, []);
    store.close();
    const root = mount();
    await until(() => !!root.querySelector('[data-testid=fact-left-out]'), 'the mark');
    const marked = [...root.querySelectorAll('[data-testid=fact]')].filter((f) => f.querySelector('[data-testid=fact-left-out]'));
    expect(marked.map((f) => f.querySelector('mark')!.textContent)).toEqual(['主席会议13次']);
    expect(marked[0].querySelector('[data-testid=fact-left-out]')!.textContent).toBe('未计入本期：属于2024年，不在本报告期');
    expect(tallyCell(root, 'mtg.chair')).toBeNull();
  });

  it('the picker refuses an indicator whose unit cannot count the fact, and says why', async () => {
    await seedDefault();
    const root = mount();
    await until(() => tallyCell(root, 'mem.trainees') !== null, 'the tally');
    const picker = byLabel<HTMLSelectElement>(root, '指标：525名三级政协委员');
    choose(picker, 'pro.submitted');
    await until(() => !!root.querySelector('[data-testid=unit-refusal]'), 'the refusal');
    expect(root.querySelector('[data-testid=unit-refusal]')!.textContent).toContain('单位“名”不能计入“提交提案”（以“件”计）');
    expect(picker.value).toBe('mem.trainees');
    expect(tallyCell(root, 'mem.trainees')).toBe('525人次');
  });

  it('findings say 警告 or 错误, name their indicators with values, and a keyboard press acts on them', async () => {
    await seedDefault();
    const root = mount();
    await until(() => !!root.querySelector('[data-testid=findings] button'), 'the findings');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-testid=findings] button')];
    expect(root.querySelector('[data-testid=tally] h2:last-of-type, [data-testid=tally]')!.textContent).not.toMatch(/个提示/);
    const r20 = buttons.find((b) => b.textContent?.startsWith('R20'))!;
    expect(r20.textContent).toContain('R20 错误：缺少填报单位或报告期');
    expect(r20.textContent).toContain('缺：填报单位');
    for (const b of buttons) expect(b.textContent).toMatch(/^R\d+ (错误|警告|已说明)：/);
    act(() => r20.click());
    expect(document.activeElement).toBe(root.querySelector('[data-testid=draft-header] input[type=text]'));
  });

  it('each export says what was written where, next to the export buttons', async () => {
    await seedDefault();
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const copyText = vi.fn(async () => {});
    const root = mount(deps({ copyText }));
    await until(() => !!root.querySelector('[data-testid=export]'), 'the export bar');
    act(() => button(root, '报表数据 (.json)').click());
    const note = () => root.querySelector('[data-testid=export] [data-testid=export-note]')?.textContent ?? '';
    expect(note()).toMatch(/^已保存 ZX-01_未填单位_2025\.json 到浏览器的下载文件夹：\d+ 个指标/);
    act(() => button(root, '数据与记录 (.csv)').click());
    expect(note()).toContain('ZX-01_未填单位_2025.csv');
    expect(note()).toContain('1 个页面的 4 条数据');
    await act(async () => button(root, '报告问题').click());
    await until(() => note().includes('问题报告'), 'the report note');
    expect(note()).toContain('复制到剪贴板');
  });

  it('every control in a captured page is named after what it acts on', async () => {
    await seedDefault();
    const root = mount();
    await until(() => !!root.querySelector('[data-testid=fact]'), 'the facts');
    for (const fact of root.querySelectorAll('[data-testid=fact]')) {
      const quote = fact.querySelector('mark')!.textContent!;
      for (const el of fact.querySelectorAll('button, select, input')) expect(el.getAttribute('aria-label')).toMatch(new RegExp(`：${quote}$`));
    }
    const row = root.querySelector('ul.pages li')!;
    for (const el of row.querySelectorAll('button')) expect(el.getAttribute('aria-label')).toContain(articleCapture().title);
    expect(byLabel(root, '采纳：主席会议13次').tagName).toBe('BUTTON');
  });
});

describe('batch capture over a paged list', () => {
  const origin = 'http://site.test';
  async function seedList(): Promise<void> {
    const store = await openDrafts();
    await store.setSettings({ unit: '城中区政协', period: String(YEAR) });
    const { snapshot } = await fetchPage(`${origin}/list_1.html`, siteFetch(origin));
    const out = await saveSnapshot(store, snapshot);
    expect(out.ok).toBe(true);
    store.close();
  }

  it('follows the pages, takes the period’s headlines only, says what a 404 was and saves none of it', async () => {
    await seedList();
    const root = mount(deps({ fetchPage: (u) => fetchPage(u, siteFetch(origin)) }));
    await until(() => !!root.querySelector('[data-testid=batch]'), 'the batch panel');
    expect(root.querySelector('[data-testid=batch]')!.textContent).toContain(`本列表共 ${PAGES} 页`);
    act(() => button(root, '批量采集列表中的文章').click());
    await until(() => /^完成：/.test(root.querySelector('[data-testid=batch-progress]')?.textContent ?? ''), 'the end of the batch', 4000);
    const all = Array.from({ length: PAGES }, (_, i) => headlines(i + 1)).flat();
    const inYear = all.filter((h) => h.date.startsWith(String(YEAR)));
    expect(root.querySelector('[data-testid=batch-plan]')!.textContent).toContain(`读了 ${PAGES} 页列表，共 ${PAGES * PER_PAGE} 篇，${all.length - inYear.length} 篇不是 ${YEAR} 年发布的，未采集`);
    const progress = root.querySelector('[data-testid=batch-progress]')!.textContent!;
    expect(progress).toContain(`完成：${inYear.length}/${inYear.length}，新采集 ${inYear.length - 1}`);
    expect(root.textContent).toContain('页面不存在（404）');
    const store = await openDrafts();
    const saved = await store.listCaptures(draftId('城中区政协', String(YEAR)));
    store.close();
    expect(saved.some((c) => c.rawUrl.endsWith(MISSING))).toBe(false);
    // the three list pages and the period's articles but the missing one
    expect(saved.length).toBe(PAGES + inYear.length - 1);
    expect(saved.filter((c) => c.capture.kind === 'article').every((c) => c.capture.date?.startsWith(String(YEAR)))).toBe(true);
  });

  it('says in the batch panel when the site’s permission was refused', async () => {
    await seedList();
    const root = mount(deps({ requestOrigins: async () => false, fetchPage: (u) => fetchPage(u, siteFetch(origin)) }));
    await until(() => !!root.querySelector('[data-testid=batch]'), 'the batch panel');
    act(() => button(root, '批量采集列表中的文章').click());
    await until(() => !!root.querySelector('[data-testid=batch] [data-testid=batch-note]'), 'the note');
    expect(root.querySelector('[data-testid=batch-note]')!.textContent).toContain('没有获得访问该网站的权限');
  });

  it('stops on request: articles not started are left alone', async () => {
    await seedList();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let started = 0;
    const gate = async () => {
      started++;
      await held;
    };
    const root = mount(deps({ fetchPage: (u) => fetchPage(u, siteFetch(origin, gate)) }));
    await until(() => !!root.querySelector('[data-testid=batch]'), 'the batch panel');
    type(byLabel(root, '最多读取的列表页数'), '1');
    act(() => button(root, '批量采集列表中的文章').click());
    await until(() => started > 0, 'the first fetches');
    act(() => button(root, '停止').click());
    release();
    await until(() => /^已停止：/.test(root.querySelector('[data-testid=batch-progress]')?.textContent ?? ''), 'the stop', 4000);
    const text = root.querySelector('[data-testid=batch-progress]')!.textContent!;
    const done = Number(/：(\d+)\//.exec(text)![1]);
    expect(done).toBe(started);
    expect(done).toBeLessThan(PER_PAGE);
    expect(text).toMatch(/未采集 \d+ 篇/);
  });
});

describe('a span 报告期 (2021—2025) in the panel', () => {
  // A five-year review published in the span's last year: one multi-year figure and one of the year itself.
  const REVIEW = '五年来，区政协召开主席会议60次，收集社情民意信息1200余条。2025年召开主席会议12次。';
  const at = (quote: string) => ({ start: REVIEW.indexOf(quote), end: REVIEW.indexOf(quote) + quote.length });
  const review = () => ({
    kind: 'article' as const,
    title: '区政协五年工作回顾',
    date: '2025-12-28',
    text: REVIEW,
    why: ['正文段落集中，有标题与发布日期'],
    facts: [
      { quote: '召开主席会议60次', ...at('召开主席会议60次'), value: 60, unit: '次', approx: 'exact' as const, indicator: 'mtg.chair', scope: 'span' as const, year: null },
      { quote: '收集社情民意信息1200余条', ...at('收集社情民意信息1200余条'), value: 1200, unit: '条', approx: 'over' as const, indicator: 'inf.collected', scope: 'span' as const, year: null },
      { quote: '召开主席会议12次', ...at('召开主席会议12次'), value: 12, unit: '次', approx: 'exact' as const, indicator: 'mtg.chair', scope: 'year' as const, year: 2025 },
    ],
    records: [],
  });

  it('takes "2021-2025" as the draft 2021—2025, and the span’s figures become its values', async () => {
    const store = await openDrafts();
    await store.setSettings({ unit: '城中区政协', period: '2025' });
    await store.saveCapture((await store.activeDraft()).id, 'http://127.0.0.1/review.html', review(), []);
    store.close();
    const root = mount();
    await until(() => tallyCell(root, 'mtg.chair') === '12次', 'the year’s tally');
    expect(tallyCell(root, 'inf.collected')).toBeNull(); // 五年来 is no one year's figure
    const period = root.querySelector('[data-testid=draft-header] input.period') as HTMLInputElement;
    type(period, '2021-2025');
    await until(() => !!root.querySelector('[data-testid=draft-confirm]'), 'the question');
    expect(period.value).toBe('2021—2025');
    act(() => button(root, '把 1 个页面移到“城中区政协 2021—2025 年”').click());
    await until(() => tallyCell(root, 'mtg.chair') === '60次', 'the span’s tally');
    expect(tallyCell(root, 'inf.collected')).toContain('1200');
    expect(root.querySelector('[data-testid=tally] h2')!.textContent).toContain('城中区政协 2021—2025 年');
    // The year's own figure is listed as left out, with its reason, not silently dropped.
    const marked = [...root.querySelectorAll('[data-testid=fact]')].filter((f) => f.querySelector('[data-testid=fact-left-out]'));
    expect(marked.map((f) => f.querySelector('mark')!.textContent)).toEqual(['召开主席会议12次']);
    expect(marked[0].querySelector('[data-testid=fact-left-out]')!.textContent).toContain('2025年单年数字，报告期为多年');
    const s = await openDrafts();
    expect((await s.getSettings()).period).toBe('2021—2025');
    expect((await s.listCaptures(draftId('城中区政协', '2021—2025'))).length).toBe(1);
    s.close();
  });

  it('refuses a period it cannot read, says what to type, and keeps the draft', async () => {
    await seedDefault();
    const root = mount();
    await until(() => pageCount(root) === '1', 'the captured page');
    type(root.querySelector('[data-testid=draft-header] input.period') as HTMLInputElement, '2025至2021');
    await until(() => !!root.querySelector('[data-testid=draft-header] .status.error'), 'the message');
    expect(root.querySelector('[data-testid=draft-header] .status.error')!.textContent).toBe('报告期“2025至2021”的起始年份晚于结束年份，请改为 2021—2025');
    expect(root.querySelector('[data-testid=draft-confirm]')).toBeNull();
    const s = await openDrafts();
    expect((await s.getSettings()).period).toBe('2025');
    s.close();
  });
});
