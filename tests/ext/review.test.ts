import { describe, expect, it } from 'vitest';
import { applyReview, carryReview, emptyReview, factKey, recordKey } from '@/shared/store/review';
import { articleCapture, listCapture } from './fixtures';

describe('review overlay', () => {
  it('drops rejected facts and applies the clerk’s indicator and approx', () => {
    const c = articleCapture();
    const r = emptyReview();
    r.facts[factKey(c.facts[0])] = { status: 'rejected' };
    r.facts[factKey(c.facts[3])] = { status: 'accepted', indicator: 'mtg.standing', approx: 'about' };
    const out = applyReview(c, r);
    expect(out.facts.map((f) => f.quote)).toEqual(['525名三级政协委员', '1500余篇社情民意信息', '主席会议13次']);
    expect(out.facts[2]).toMatchObject({ indicator: 'mtg.standing', approx: 'about', value: 13 });
  });

  it('lets the clerk set "no indicator" (null) over the core’s choice', () => {
    const c = articleCapture();
    const r = emptyReview();
    r.facts[factKey(c.facts[1])] = { status: 'accepted', indicator: null };
    expect(applyReview(c, r).facts[1].indicator).toBeNull();
  });

  it('drops unchecked records only', () => {
    const c = listCapture();
    const r = emptyReview();
    r.records[recordKey(c.records[1])] = false;
    expect(applyReview(c, r).records.map((x) => x.url)).toEqual(['http://127.0.0.1/news/1.html']);
  });

  it('keeps decisions for facts still on the page after a re-capture and forgets the rest', () => {
    const c = articleCapture();
    const r = emptyReview();
    r.facts[factKey(c.facts[0])] = { status: 'rejected' };
    r.facts['999:已不在页面上的数字5次'] = { status: 'accepted' };
    const carried = carryReview(r, c);
    expect(Object.keys(carried.facts)).toEqual([factKey(c.facts[0])]);
  });
});
