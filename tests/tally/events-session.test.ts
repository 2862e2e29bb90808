import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../shared/tally/events';
import type { PageRecord } from '../../shared/model';

// A plenary session is announced by its opening and its closing headlines (and reported under both on other
// sites): records naming the same session in the same year are one event; another session, or the same
// numbers in another year, is another.

const rec = (title: string, date: string, url: string): PageRecord => ({ title, date, url, indicator: 'mtg.plenary' });
const groups = (records: PageRecord[]) => groupEvents(records.map((r) => ({ records: [r], own: null, text: '', date: r.date })), () => true);

describe('records of one plenary session', () => {
  it.each([
    ['opening and closing of one session, worded two ways', [rec('政协某县第十届委员会第四次会议隆重开幕', '2025-01-09', 'http://a/1'), rec('县政协十届四次会议胜利闭幕', '2025-01-12', 'http://a/2')], 1],
    ['the same session on a list and in an article', [rec('县政协十届四次会议明天开幕 会期三天', '2025-01-08', 'http://b/1'), rec('政协某县第十届委员会第四次会议闭幕', '2025-01-12', 'http://a/2')], 1],
    ['two sessions of one term', [rec('县政协十届四次会议开幕', '2025-01-09', 'http://a/1'), rec('县政协十届五次会议开幕', '2026-01-10', 'http://a/3')], 2],
    ['a national session and the county session with the same numbers', [rec('全国政协十四届三次会议开幕', '2025-03-04', 'http://c/1'), rec('县政协十四届三次会议开幕', '2025-01-09', 'http://a/4')], 2],
  ])('%s → %i event(s)', (_name, records, n) => {
    expect(groups(records)).toHaveLength(n);
  });
});
