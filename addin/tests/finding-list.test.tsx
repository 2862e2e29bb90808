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
    await act(() => (items[1].querySelector('button[aria-label="保存“经审查立案”的说明"]') as HTMLButtonElement).click());
    expect(onNote).toHaveBeenCalledWith(expect.objectContaining({ rule: 'R17' }), '新增专题协商');
    expect(onSelect).toHaveBeenCalledTimes(1); // typing a note does not move the selection
  });

  it('makes each finding a focusable button whose name says the indicator, with named note controls', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const onVerify = vi.fn();
    const onSelect = vi.fn();
    await act(() => render(<FindingList findings={[finding('R03', 'error'), finding('R18', 'warning')]} onSelect={onSelect} onNote={() => {}} onVerify={onVerify} />, root));
    const jumps = [...root.querySelectorAll('button.jump')] as HTMLButtonElement[];
    expect(jumps).toHaveLength(2);
    expect(jumps[0].getAttribute('aria-label')).toBe('错误 R03：经审查立案——R03 的说明文字，按回车定位到单元格');
    expect(jumps[0].tabIndex).toBe(0);
    jumps[1].focus();
    expect(document.activeElement).toBe(jumps[1]);
    await act(() => jumps[1].click()); // what Enter does on a focused button
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ rule: 'R18' }));
    expect(root.querySelector('input')!.getAttribute('aria-label')).toBe('“经审查立案”的说明');
    const verify = root.querySelector('button[aria-label="“经审查立案”已核实为准确数"]') as HTMLButtonElement;
    await act(() => verify.click());
    expect(onVerify).toHaveBeenCalledWith(expect.objectContaining({ rule: 'R18' }));
    expect(onSelect).toHaveBeenCalledTimes(1); // 已核实 does not move the selection
  });

  it('says so when there is nothing to fix', async () => {
    const root = document.createElement('div');
    await act(() => render(<FindingList findings={[]} onSelect={() => {}} />, root));
    expect(root.textContent).toContain('未发现问题');
  });
});
