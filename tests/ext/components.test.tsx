// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FactRow, factContext } from '@/entrypoints/sidepanel/components/FactRow';
import { RecordList } from '@/entrypoints/sidepanel/components/RecordList';
import { CaptureView } from '@/entrypoints/sidepanel/components/CaptureView';
import { BatchPanel } from '@/entrypoints/sidepanel/components/BatchPanel';
import { CaptureList } from '@/entrypoints/sidepanel/components/CaptureList';
import { DraftHeader } from '@/entrypoints/sidepanel/components/DraftHeader';
import { TallyView } from '@/entrypoints/sidepanel/components/TallyView';
import { factKey, recordKey } from '@/shared/store/review';
import type { StoredCapture } from '@/shared/store/schema';
import { ARTICLE_TEXT, articleCapture, listCapture } from './fixtures';

function mount(vnode: preact.VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;
const change = (el: HTMLSelectElement | HTMLInputElement) => act(() => void el.dispatchEvent(new Event('change', { bubbles: true })));

describe('FactRow', () => {
  it('shows the quote and value, and accepts or rejects', () => {
    const fact = articleCapture().facts[2];
    const onChange = vi.fn();
    const root = mount(<FactRow fact={fact} text={ARTICLE_TEXT} onChange={onChange} />);
    expect(root.querySelector('mark')!.textContent).toBe('1500余篇社情民意信息');
    expect(root.querySelector('.context')!.textContent).toBe('…名三级政协委员“充电蓄能”,1500余篇社情民意信息搭上建言“直通车”……全年服…');
    expect((root.querySelector('input[aria-label="数值：1500余篇社情民意信息"]') as HTMLInputElement).value).toBe('1500');
    expect(root.querySelector('.value')!.textContent).toBe('篇');
    act(() => button(root, '排除').click());
    expect(onChange).toHaveBeenLastCalledWith({ status: 'rejected' }, expect.any(String));
    act(() => button(root, '采纳').click());
    expect(onChange).toHaveBeenLastCalledWith({ status: 'accepted' }, expect.any(String));
  });

  it('starts the picker and the approx flag at the core’s choice and reports the clerk’s change', () => {
    const fact = articleCapture().facts[2];
    const onChange = vi.fn();
    const root = mount(<FactRow fact={fact} onChange={onChange} />);
    const [picker, approx] = [...root.querySelectorAll('select')] as HTMLSelectElement[];
    expect(picker.value).toBe('inf.edited');
    expect(approx.value).toBe('over');
    picker.value = 'inf.adopted';
    change(picker);
    expect(onChange).toHaveBeenLastCalledWith({ status: 'accepted', indicator: 'inf.adopted' }, expect.any(String));
    approx.value = 'about';
    change(approx);
    expect(onChange).toHaveBeenLastCalledWith({ status: 'pending', approx: 'about' }, expect.any(String));
  });
});

describe('factContext', () => {
  it('falls back to the bare quote when the offsets do not match the text', () => {
    expect(factContext('别的文字', { start: 0, end: 3, quote: '主席会' })).toEqual(['', '主席会', '']);
  });
});

describe('RecordList', () => {
  it('counts only checked records and reports a toggle', () => {
    const recs = listCapture().records;
    const onToggle = vi.fn();
    const root = mount(
      <RecordList records={recs} checked={{ [recordKey(recs[0])]: false }} onToggle={onToggle} captured={new Set(['http://127.0.0.1/news/2.html'])} />,
    );
    expect([...root.querySelectorAll('label')].map((l) => l.textContent?.includes('已采集'))).toEqual([false, true]);
    expect(root.querySelector('[data-testid=record-count]')!.textContent).toBe('1');
    const boxes = [...root.querySelectorAll('input[type=checkbox]')] as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([false, true]);
    boxes[1].checked = false;
    change(boxes[1]);
    expect(onToggle).toHaveBeenCalledWith(recordKey(recs[1]), false);
  });
});

describe('RecordList in a period', () => {
  it('counts only records of the form’s period, says so, and shows titles without pinyin glosses', () => {
    const recs = [
      { title: '全國政協(xié)召開遠程協商會', date: '2024-05-12', url: 'http://127.0.0.1/news/1.html', indicator: 'con.remote' },
      { title: '提(ti)案办理协商会召开', date: '2025-05-10', url: 'http://127.0.0.1/news/2.html', indicator: 'con.proposal' },
      { title: '主席会议', date: null, url: 'http://127.0.0.1/news/3.html', indicator: 'mtg.chair' },
    ];
    const root = mount(<RecordList records={recs} checked={{}} onToggle={() => {}} period="2025" />);
    // As the tally judges it: the undated one cannot be placed in 2025, so it does not count either.
    expect(root.querySelector('h2')!.textContent).toBe('记录 1 / 3 条计入');
    expect(root.querySelector('[data-testid=record-note]')!.textContent).toBe(
      '1 条不是 2025 年的，不计入本期报表；1 条没有日期，无法判断年份，不计入（如属本期，请在报表中手工填写）。',
    );
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels[0]).toContain('全國政協召開遠程協商會');
    expect(labels[0]).toContain('非本期');
    expect(labels[1]).toContain('提案办理协商会召开');
    expect(labels[1]).not.toContain('非本期');
    expect(labels[2]).toContain('无日期');
    expect(root.querySelector('[aria-label="计入：提案办理协商会召开"]')).not.toBeNull();
  });
});

describe('IndicatorPicker with a fact', () => {
  it('refuses 210对 as 走访联系委员 and keeps the choice', () => {
    const fact = { quote: '结对帮扶210对', start: 0, end: 8, value: 210, unit: '对', approx: 'exact' as const, indicator: null, scope: 'year' as const, year: null };
    const onChange = vi.fn();
    const root = mount(<FactRow fact={fact} onChange={onChange} />);
    const picker = root.querySelector('[aria-label="指标：结对帮扶210对"]') as HTMLSelectElement;
    expect(picker.querySelector('option[value="mem.visits"]')!.textContent).toContain('单位不符');
    picker.value = 'mem.visits';
    change(picker);
    expect(onChange).not.toHaveBeenCalled();
    expect(picker.value).toBe('');
    expect(root.querySelector('[role=alert]')!.textContent).toBe(
      '“结对帮扶210对”的单位“对”不能计入“走访联系委员”（以“人次”计）：请选单位相符的指标，或选“不计入任何指标”',
    );
  });
});

const stored = (capture = articleCapture()): StoredCapture => ({
  key: 'k', draftId: 'd', url: 'http://127.0.0.1/list.html', rawUrl: 'http://127.0.0.1/list.html',
  capturedAt: '2026-03-05T09:30:00.000Z', firstCapturedAt: '2026-03-02T08:00:00.000Z', capture, review: { facts: {}, records: {} }, log: [],
});

describe('CaptureView', () => {
  it('says which kind was detected and why, the paging, and that the page was captured before', () => {
    const root = mount(<CaptureView item={stored(listCapture())} onReview={() => {}} />);
    expect(root.querySelector('[data-testid=kind]')!.textContent).toBe('列表');
    expect(root.textContent).toContain('20 条带日期的链接标题');
    expect(root.querySelector('[data-testid=paging]')!.textContent).toContain('共 120 条，共 6 页，当前第 1 页');
    expect(root.querySelector('[data-testid=captured-at]')!.textContent).toMatch(/采集 2026-03-0\d .*（首次 2026-03-0\d/);
  });

  it('writes a fact decision into the review it hands back', () => {
    const item = stored();
    const onReview = vi.fn();
    const root = mount(<CaptureView item={item} onReview={onReview} />);
    act(() => button(root, '排除').click());
    expect(onReview).toHaveBeenCalledWith({ facts: { [factKey(item.capture.facts[0])]: { status: 'rejected' } }, records: {} }, '排除：举办的2期委员培训班');
  });
});

describe('BatchPanel', () => {
  it('shows progress and offers a retry of the failures only', () => {
    const onRetry = vi.fn();
    const items = [{ url: 'http://127.0.0.1/a.html', title: 'A' }, { url: 'http://127.0.0.1/b.html', title: 'B' }];
    const root = mount(
      <BatchPanel items={items} already={1} onStart={() => {}} onStop={() => {}} onRetry={onRetry} period="2025" listPages={null} reading={null} summary={null}
        progress={{ total: 2, done: 2, saved: 0, skipped: 1, failed: [{ ...items[1], message: '页面不存在（404）' }], running: false }} />,
    );
    expect(button(root, '批量采集').textContent).toContain('本页 2 篇，1 篇未采集');
    expect(root.querySelector('progress')!.getAttribute('value')).toBe('2');
    expect(root.textContent).toContain('B：页面不存在（404）');
    act(() => button(root, '重试失败的 1 篇').click());
    expect(onRetry).toHaveBeenCalledWith([items[1]]);
  });
});

describe('CaptureList', () => {
  it('selects on the title and deletes only on a second, confirming click', () => {
    const onSelect = vi.fn();
    const onDelete = vi.fn();
    const item = stored(listCapture());
    const root = mount(<CaptureList items={[item]} selected={null} onSelect={onSelect} onDelete={onDelete} />);
    act(() => (root.querySelector('.title') as HTMLElement).click());
    expect(onSelect).toHaveBeenCalledWith('k');
    act(() => button(root, '删除').click());
    expect(onDelete).not.toHaveBeenCalled();
    act(() => button(root, '确认删除').click());
    expect(onDelete).toHaveBeenCalledWith('k');
  });
});

describe('DraftHeader', () => {
  it('changes the form on a valid 报告期 and says how to fix an invalid one', () => {
    const onChange = vi.fn();
    const root = mount(<DraftHeader settings={{ unit: '', period: '2025' }} drafts={[]} pages={0} onSwitch={onChange} />);
    const [unit, period] = [...root.querySelectorAll('input')] as HTMLInputElement[];
    period.value = '25';
    act(() => void period.dispatchEvent(new Event('input', { bubbles: true })));
    change(period);
    expect(root.textContent).toContain('“25”不是报告期：报告期应为年份（如 2025）或起止年份（如 2021—2025、十一届（2007—2011））');
    expect(onChange).not.toHaveBeenCalled();
    unit.value = '城中区政协';
    act(() => void unit.dispatchEvent(new Event('input', { bubbles: true })));
    period.value = '2024';
    act(() => void period.dispatchEvent(new Event('input', { bubbles: true })));
    change(period);
    expect(onChange).toHaveBeenCalledWith({ unit: '城中区政协', period: '2024' }, false);
  });

  const typePeriod = (root: HTMLElement, text: string) => {
    const period = root.querySelector('input.period') as HTMLInputElement;
    period.value = text;
    act(() => void period.dispatchEvent(new Event('input', { bubbles: true })));
    change(period);
    return period;
  };

  it.each([
    ['2021-2025', '2021—2025'],
    ['2021年—2025年', '2021—2025'],
    ['十一届（2007-2011）', '十一届（2007—2011）'],
    ['“十四五”时期(2021~2025)', '“十四五”时期（2021—2025）'],
    ['2025年度', '2025'],
  ])('takes the span or year %j as the draft’s period %j, in one canonical text', (typed, period) => {
    const onChange = vi.fn();
    const root = mount(<DraftHeader settings={{ unit: '城中区政协', period: '2025' === period ? '2024' : '2025' }} drafts={[]} pages={0} onSwitch={onChange} />);
    const input = typePeriod(root, typed);
    expect(onChange).toHaveBeenCalledWith({ unit: '城中区政协', period }, false);
    expect(input.value).toBe(period);
    expect(root.querySelector('.status.error')).toBeNull();
  });

  it.each([
    ['2025—2021', '起始年份晚于结束年份，请改为 2021—2025'],
    ['十一届', '“十一届”不是报告期'],
    ['2021—2025—2030', '不是报告期'],
    ['', '请填写报告期'],
  ])('refuses %j with a Chinese message that says what to type', (typed, message) => {
    const onChange = vi.fn();
    const root = mount(<DraftHeader settings={{ unit: '城中区政协', period: '2025' }} drafts={[]} pages={0} onSwitch={onChange} />);
    typePeriod(root, typed);
    expect(root.querySelector('.status.error')?.textContent).toContain(message);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('names a span draft by its span, and asks before moving pages into it', () => {
    const onChange = vi.fn();
    const root = mount(<DraftHeader settings={{ unit: '城中区政协', period: '2025' }} drafts={[]} pages={3} onSwitch={onChange} />);
    typePeriod(root, '十一届（2007-2011）');
    const ask = root.querySelector('[data-testid=draft-confirm]')!;
    expect(ask.textContent).toContain('改为“城中区政协 十一届（2007—2011）”（新草稿）');
    expect(ask.textContent).toContain('当前草稿“城中区政协 2025 年”');
    act(() => button(ask as HTMLElement, '把 3 个页面移到').click());
    expect(onChange).toHaveBeenCalledWith({ unit: '城中区政协', period: '十一届（2007—2011）' }, true);
  });
});

describe('TallyView', () => {
  it('shows values with units, record counts, the approx mark, conflicts and findings', () => {
    const root = mount(
      <TallyView
        form={{ form: 'ZX-01', unit: '城中区政协', period: '2025', values: { 'mtg.chair': 13, 'inf.edited': 1500 } }}
        recordCounts={{ 'con.remote': 1 }}
        approx={['inf.edited']}
        conflicts={[{ code: 'mtg.standing', candidates: [{ value: 4, quote: '常委会会议4次' }, { value: 5, quote: '常委会议5次' }] }]}
        findings={[{ rule: 'R02', severity: 'error', message: '立案数不能大于提交提案数', codes: [], imbalance: 1, values: {}, explained: false }]}
      />,
    );
    const cell = (code: string) => root.querySelector(`tr[data-code="${code}"]`)!.textContent;
    expect(cell('mtg.chair')).toContain('13次');
    expect(cell('inf.edited')).toContain('≈');
    expect(cell('con.remote')).toContain('1');
    expect(root.querySelector('[data-testid=conflicts]')!.textContent).toContain('4（「常委会会议4次」） 与 5（「常委会议5次」）');
    expect(root.querySelector('[data-testid=error-count]')!.textContent).toBe('1');
    expect(root.textContent).toContain('R02 错误：立案数不能大于提交提案数');
    expect(root.textContent).not.toContain('提示');
  });

  it('names every indicator of a finding with its value, and says 警告', () => {
    const root = mount(
      <TallyView
        form={{ form: 'ZX-01', unit: '城中区政协', period: '2025', values: { 'pro.submitted': 120, 'pro.accepted': 97 } }}
        recordCounts={{}}
        approx={[]}
        conflicts={[]}
        findings={[{ rule: 'R01', severity: 'warning', message: '收到提案数应等于立案、并案与转为意见建议之和', codes: ['pro.submitted', 'pro.accepted', 'pro.merged'], imbalance: 23, values: { 'pro.submitted': 120, 'pro.accepted': 97, 'pro.merged': null }, explained: false }]}
      />,
    );
    const f = root.querySelector('[data-testid=findings] button')!;
    expect(f.textContent).toContain('R01 警告：收到提案数');
    expect(f.textContent).toContain('提交提案 120件、经审查立案 97件、并案处理 未填');
    expect(root.textContent).toContain('0 个错误，1 个警告');
  });
});
