// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FindingList } from '../src/ui/FindingList';
import type { SheetFinding } from '../src/workflow';

const finding = (rule: string, severity: 'error' | 'warning', explained = false): SheetFinding => ({
  rule, severity, message: `${rule} 的说明文字`, codes: ['pro.accepted'], imbalance: 10, values: {}, explained,
  cells: [{ sheet: '表2 提案', row: 5, col: 4 }],
});

describe('FindingList', () => {
  it('selects a finding’s cells on click and saves a 说明 for a warning only', async () => {
    const onSelect = vi.fn();
    const onNote = vi.fn();
    const root = document.createElement('div');
    document.body.appendChild(root);
    await act(() => render(<FindingList findings={[finding('R03', 'error'), finding('R17', 'warning')]} onSelect={onSelect} onNote={onNote} />, root));
    const items = root.querySelectorAll('li');
    expect(items[0].textContent).toContain('错误');
    expect(items[0].textContent).toContain('相差 10');
    expect(items[0].querySelector('input')).toBeNull();
    await act(() => (items[0] as HTMLElement).click());
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ rule: 'R03' }));
    const input = items[1].querySelector('input')!;
    input.value = '新增专题协商';
    await act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => (items[1].querySelector('button') as HTMLButtonElement).click());
    expect(onNote).toHaveBeenCalledWith(expect.objectContaining({ rule: 'R17' }), '新增专题协商');
    expect(onSelect).toHaveBeenCalledTimes(1); // typing a note does not move the selection
  });

  it('says so when there is nothing to fix', async () => {
    const root = document.createElement('div');
    await act(() => render(<FindingList findings={[]} onSelect={() => {}} />, root));
    expect(root.textContent).toContain('未发现问题');
  });
});
