import fs from 'node:fs';
import path from 'node:path';

/**
 * What the view layer would make of Taro's render data. Taro sends each element as `{ nn, sid, cl, p0, p1… }`:
 * `nn` picks a template in base.wxml (`tmpl_<level>_<nn>`), and the template maps the short `pN` keys to the
 * component's attributes (`placeholder="{{i.p13}}"`) and binds events to the page's `eh` (`bindtap="eh"`).
 */
export interface ElementTemplate {
  tag: string;
  /** `p13` → `placeholder` */
  attributes: Record<string, string>;
  /** Events the template delivers to `eh` (`tap`, `input`, `change`…). */
  events: Set<string>;
}

export function readTemplates(weappDir: string): Map<string, ElementTemplate> {
  const wxml = fs.readFileSync(path.join(weappDir, 'base.wxml'), 'utf8');
  const templates = new Map<string, ElementTemplate>();
  for (const match of wxml.matchAll(/<template name="tmpl_0_(\w+)">\s*<([\w-]+)([^>]*)>/g)) {
    const [, nn = '', tag = '', attrs = ''] = match;
    const attributes: Record<string, string> = {};
    const events = new Set<string>();
    for (const attr of attrs.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const [, name = '', value = ''] = attr;
      const bound = /i\.(p\d+)/.exec(value);
      if (bound?.[1]) attributes[bound[1]] = name;
      const event = /^(?:bind|catch):?(\w+)$/.exec(name);
      if (event?.[1] && value === 'eh') events.add(event[1]);
    }
    templates.set(nn, { tag, attributes, events });
  }
  // Inputs and textareas dispatch on focus to `tmpl_0_<nn>_focus` / `_blur`, two copies of the same element.
  for (const [nn, template] of templates) if (nn.endsWith('_blur')) templates.set(nn.slice(0, -'_blur'.length), template);
  return templates;
}
