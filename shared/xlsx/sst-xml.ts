import { attr, escapeXml } from './sheet-xml';

// Strings appended to a template's shared-strings part (xl/sharedStrings.xml), as Excel and exceljs store text:
// the 来源 sheet's cells refer to them by index. Existing entries keep their indices; the counts are updated.

export class SharedStrings {
  private readonly added = new Map<string, number>();
  private refs = 0;

  private constructor(private readonly xml: string, private readonly close: number, private readonly base: number) {}

  /** `existing` is how many `<si>` the part holds (sharedStrings(xml).length); null for a part this cannot extend. */
  static parse(xml: string, existing: number): SharedStrings | null {
    const close = xml.lastIndexOf('</sst>');
    return close < 0 || !/<sst\b[^>]*>/.test(xml) ? null : new SharedStrings(xml, close, existing);
  }

  /** The index of `text`, appended once. */
  index(text: string): number {
    this.refs++;
    let i = this.added.get(text);
    if (i === undefined) this.added.set(text, (i = this.base + this.added.size));
    return i;
  }

  toXml(): string {
    const items = [...this.added.keys()].map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('');
    const open = /<sst\b[^>]*>/.exec(this.xml)!;
    let tag = open[0];
    const count = Number(attr(tag, 'count'));
    const set = (t: string, name: string, value: number) => t.replace(new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`), `$1"${value}"`);
    if (Number.isFinite(count)) tag = set(tag, 'count', count + this.refs);
    tag = set(tag, 'uniqueCount', this.base + this.added.size);
    return this.xml.slice(0, open.index) + tag + this.xml.slice(open.index + open[0].length, this.close) + items + this.xml.slice(this.close);
  }
}
