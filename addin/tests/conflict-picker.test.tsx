// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ConflictPicker } from '../src/ui/ConflictPicker';
import { parseFormFile, type FormFile } from '../../shared/form/form-file';

// A form data file exported with an unsettled conflict: the task pane lists its candidates and 采用 settles it.
const FILE = JSON.stringify({
  form: 'ZX-01', unit: '青山区政协', period: '2025', values: { 'mtg.chair': 12 },
  conflicts: [{ code: 'pro.submitted', candidates: [
    { value: 186, quote: '收到提案186件', url: 'https://zx.example.cn/a.html', title: '区政协2025年工作总结', date: '2025-12-26' },
    { value: 180, quote: '收到提案180余件', url: 'https://zx.example.cn/b.html', title: '提案工作情况的报告', date: '2026-01-08', approx: true },
  ] }],
});

describe('ConflictPicker', () => {
  it('shows each candidate with its page, and 采用 fills the form with it', async () => {
    const form = parseFormFile(FILE);
    const setForm = vi.fn();
    const say = vi.fn();
    const root = document.createElement('div');
    document.body.appendChild(root);
    await act(() => render(<ConflictPicker form={form} setForm={setForm} say={say} />, root));
    expect(root.textContent).toContain('提交提案');
    expect(root.textContent).toContain('「收到提案180余件」提案工作情况的报告 · 2026-01-08');
    if (process.env.ZX_SCREENSHOTS) (await import('node:fs')).writeFileSync('/tmp/conflict-picker.html', root.innerHTML);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['采用 186', '采用 180（概数）']);
    await act(() => buttons[0].click());
    const next = setForm.mock.calls[0][0] as FormFile;
    expect(next.values).toEqual({ 'mtg.chair': 12, 'pro.submitted': 186 });
    expect(next.conflicts).toBeUndefined();
    expect(next.sources!['pro.submitted'][0]).toMatchObject({ title: '区政协2025年工作总结', how: 'statement' });
    expect(say.mock.calls[0][0]).toMatchObject({ tone: 'ok', text: expect.stringContaining('请点击“填入表格”') });
  });

  it('is absent when the form has no conflicts', async () => {
    const root = document.createElement('div');
    await act(() => render(<ConflictPicker form={parseFormFile('{"values":{}}')} setForm={() => {}} say={() => {}} />, root));
    expect(root.innerHTML).toBe('');
  });
});
