import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getForm, listForms, previousPeriod, resetStoreForTests, saveDraft, saveSubmission, withPriorFromSubmission } from '../src/store';

const form2023 = { form: 'ZX-01', unit: '城中区政协', period: '2023', values: { 'pro.accepted': 97, 'mtg.plenary': 1 } };

describe('add-in store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetStoreForTests();
  });

  it('keeps one draft and one submission per unit and period', async () => {
    await saveDraft(form2023, new Date('2024-01-05T08:00:00Z'));
    await saveDraft({ ...form2023, values: { 'pro.accepted': 98 } }, new Date('2024-01-06T08:00:00Z'));
    await saveSubmission(form2023, new Date('2024-01-07T08:00:00Z'));
    const all = await listForms();
    expect(all.map((f) => f.status)).toEqual(['submitted', 'draft']);
    expect((await getForm('城中区政协', '2023', 'draft'))?.form.values).toEqual({ 'pro.accepted': 98 });
  });

  it("takes next year's 上年 from last year's submission, not from a draft", async () => {
    await saveDraft({ ...form2023, values: { 'pro.accepted': 1 } });
    expect((await withPriorFromSubmission({ ...form2023, period: '2024', values: {} })).from).toBeNull();
    await saveSubmission(form2023);
    const next = await withPriorFromSubmission({ ...form2023, period: '2024', values: { 'pro.accepted': 100 }, prior: { 'mtg.plenary': 2 } });
    expect(next.from).toBe('2023');
    expect(next.form.prior).toEqual({ 'pro.accepted': 97, 'mtg.plenary': 2 }); // the file's own 上年 wins
  });

  it('remembers the marked cells with the draft until a check replaces them', async () => {
    const cell = { sheet: '表2 提案', row: 5, col: 4 };
    await saveDraft(form2023, new Date(), [cell]);
    await saveDraft({ ...form2023, values: { 'pro.accepted': 98 } }); // a fill keeps them
    expect((await getForm('城中区政协', '2023', 'draft'))?.marked).toEqual([cell]);
    await saveDraft(form2023, new Date(), []); // a check that found nothing clears them
    expect((await getForm('城中区政协', '2023', 'draft'))?.marked).toBeUndefined();
  });

  it('knows the year before a period', () => {
    expect(previousPeriod('2024')).toBe('2023');
    expect(previousPeriod('2024年')).toBe('2023年');
    expect(previousPeriod('上半年')).toBeNull();
  });
});
