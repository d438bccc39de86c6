import { SUBSCRIBE_TEMPLATES, type SubscribeTemplate } from './platform';

/**
 * Each one-time subscribe template the merchant picked in 小程序后台 is one function environment variable,
 * `WX_TEMPLATE_<NOTICE>=<templateId>|<ourField>=<templateField>,…`, e.g.
 * `WX_TEMPLATE_ORDER_SHIPPED=abcDEF123|orderNo=character_string1,goods=thing2,note=thing3`.
 * The format has no quotes or backslashes on purpose: the CloudBase CLI pastes `.env` values into cloudbaserc.json
 * unescaped before parsing it (platform-facts §7), so a JSON value would break the deploy.
 */
export interface TemplateSetting {
  id: string;
  /** Our semantic field (orderNo, amount, goods, status, note, time) → the template's field name. */
  fields: Record<string, string>;
}

export const templateEnvName = (template: SubscribeTemplate) => `WX_TEMPLATE_${template}`;

const TEMPLATE_ID = /^[0-9A-Za-z_-]{1,64}$/;
const FIELD_PAIR = /^([A-Za-z]+)=([a-z_]+\d*)$/;

/** Null when unset or malformed: that notice is simply not offered or sent. */
export function parseTemplateSetting(value: string | undefined): TemplateSetting | null {
  const [id, pairs = '', ...rest] = (value ?? '').trim().split('|');
  if (!id || rest.length || !TEMPLATE_ID.test(id)) return null;
  const fields: Record<string, string> = {};
  for (const pair of pairs.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = FIELD_PAIR.exec(pair);
    if (!match) return null;
    fields[match[1]!] = match[2]!;
  }
  return { id, fields };
}

/** The configured templates, read from the function's environment at each call. */
export function readTemplateSettings(env: Readonly<Record<string, string | undefined>>): Partial<Record<SubscribeTemplate, TemplateSetting>> {
  const out: Partial<Record<SubscribeTemplate, TemplateSetting>> = {};
  for (const template of SUBSCRIBE_TEMPLATES) {
    const setting = parseTemplateSetting(env[templateEnvName(template)]);
    if (setting) out[template] = setting;
  }
  return out;
}
