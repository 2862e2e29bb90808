import { describe, expect, it } from 'vitest';
import { isArticleChromePath, isChromeText, isPageChromePath, stripChromeSpans } from '../../shared/page/chrome';
import { parseDate } from '../../shared/page/dates';
import { titleFromHead } from '../../shared/page/article';

// Chrome wording as office portals print it, and the article lines that must survive.

describe('chrome text', () => {
  it.each([
    '您当前的位置：首页 > 要闻报道',
    '>>您当前的位置:首页 -> 要闻报道',
    '当前位置：首页 > 协商议政',
    '版权所有：政协某某市委员会办公室 地址：北京东路88号',
    '备案号：宁ICP备05001234号-1',
    '技术支持：政通网络科技有限公司',
    '联系电话：0951-6012345 传真：0951-6012346',
    '您是本站第 1234567 位访问者 今日访问量：3456次',
    '上一篇：政协天地|政协工作提质量',
    '【责任编辑】:包瑞',
    '分享到：微信 微博 QQ空间',
    '友情链接：全国政协 人民政协网',
  ])('“%s” is chrome', (t) => expect(isChromeText(t)).toBe(true));

  it.each([
    '全年服务召开自治区政协党组理论学习中心组学习会16次、主席会议13次',
    '2026-01-30 09:03:35 来源:华兴时报',
    '低砺奋进向未来 委员履职谱新篇',
    '——全区政协秘书长（办公室主任）工作交流座谈会发言摘编',
    '修订《政协宁夏回族自治区委员会反映社情民意信息工作条例》,全年收集社情民意信息4069篇,采编1565篇,230篇获自治区党委和政府领导批示,27篇得到相关部门采纳并复函,向自治区12345政务服务便民热线转交411篇,助力我区民生改善。',
  ])('“%s” is content', (t) => expect(isChromeText(t)).toBe(false));

  it.each([
    ['发布时间：2026-01-30 09:03:35 来源:华兴时报 浏览次数：2718次 字号：大 中 小', '发布时间：2026-01-30 09:03:35 来源:华兴时报'],
    ['点击数：345 【打印】【关闭】', ''],
    ['来源：市政协办公室 【字体：大 中 小】', '来源：市政协办公室'],
    ['举办2期委员培训班', '举办2期委员培训班'],
  ])('strips counters and tools from “%s”', (line, kept) => expect(stripChromeSpans(line)).toBe(kept));

  it.each([
    ['header top-bar', true, false],
    ['nav.nav', true, false],
    ['container sidebar side-box', true, false],
    ['footer', true, false],
    ['container position', true, false],
    ['main-left article zoom.content', false, false],
    ['main-left article share', false, true],
    ['article prevnext', false, true],
    ['paper-main page-content', false, false],
    ['wrap leftnav', true, false],
    ['wrap topmenu', true, false],
  ])('path “%s”: frame %s, article chrome %s', (path, frame, article) => {
    expect(isPageChromePath(path)).toBe(frame);
    expect(isArticleChromePath(path)).toBe(article);
  });
});

describe('dates and titles', () => {
  it.each([
    ['2026-01-30 09:03:35', undefined, '2026-01-30'],
    ['发布时间：2024/9/7', undefined, '2024-09-07'],
    ['2024年2月27日 星期二', undefined, '2024-02-27'],
    ['２０２４年３月１日', undefined, '2024-03-01'],
    ['[09-27]', 2024, '2024-09-27'],
    ['[09-27]', undefined, null],
    ['2024年第9次专题学习', undefined, null],
    ['2024-13-40', undefined, null],
  ])('parseDate(%s, %s) = %s', (s, year, want) => expect(parseDate(s, year)).toBe(want));

  it.each([
    ['高效能保障服务履职实践_政协门户网', '高效能保障服务履职实践'],
    ['政协天地|政协工作提质量 服务发展提效能_政协门户网', '政协天地|政协工作提质量 服务发展提效能'],
    ['要闻报道 - 某某政协', '要闻报道'],
  ])('titleFromHead(%s) = %s', (t, want) => expect(titleFromHead(t)).toBe(want));
});
