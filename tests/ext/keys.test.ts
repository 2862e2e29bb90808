import { describe, expect, it } from 'vitest';
import { canonicalUrl, captureKey, draftId } from '@/shared/store/keys';

describe('canonicalUrl', () => {
  it.each([
    ['http://www.example.gov.cn/news/1.html', 'http://www.example.gov.cn/news/1.html#top'],
    ['http://www.example.gov.cn/news/1.html', 'http://www.example.gov.cn/news/1.html?utm_source=wx&utm_medium=share'],
    ['http://www.example.gov.cn/news/1.html?id=7', 'http://www.example.gov.cn/news/1.html?spm=a.b.c&id=7&from=timeline'],
    ['http://www.example.gov.cn/show.asp?cat=2&id=7', 'http://WWW.Example.gov.cn:80/show.asp?id=7&cat=2'],
    ['http://www.example.gov.cn/a.jsp?id=3', 'http://www.example.gov.cn/a.jsp;jsessionid=ABC123?id=3'],
    ['not a url', ' not a url '],
  ])('gives %s for %s', (expected, input) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('keeps parameters that pick the page', () => {
    expect(canonicalUrl('http://x.cn/list.asp?page=2')).not.toBe(canonicalUrl('http://x.cn/list.asp?page=3'));
  });
});

describe('keys', () => {
  it('one draft per unit and period, one capture per canonical URL within it', () => {
    const d = draftId(' 城中区政协 ', '2025');
    expect(d).toBe('ZX-01|城中区政协|2025');
    expect(captureKey(d, 'http://x.cn/a.html#p2')).toBe(captureKey(d, 'http://x.cn/a.html?utm_campaign=z'));
    expect(captureKey(d, 'http://x.cn/a.html')).not.toBe(captureKey(draftId('城中区政协', '2024'), 'http://x.cn/a.html'));
  });
});
