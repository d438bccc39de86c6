import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, INDEXED_FIELDS, indexName } from '../cloudfunctions/shared/kernel/store/collections';

/** What a CloudBase environment needs before the functions run: every collection, its rule, its indexes. */
export interface ProvisionPlan {
  collections: Array<{
    name: string;
    /** The collection's custom security rule, from database.rules.json. */
    rule: Record<string, unknown>;
    /** From INDEXED_FIELDS, the same list the embedded store's migrations create. */
    indexes: Array<{ name: string; fields: string[] }>;
  }>;
}

export function buildProvisionPlan(rulesFile = path.resolve(__dirname, '..', 'database.rules.json')): ProvisionPlan {
  const rules = JSON.parse(fs.readFileSync(rulesFile, 'utf8')) as Record<string, Record<string, unknown>>;
  const collections = Object.values(COLLECTIONS).map((name) => {
    const rule = rules[name];
    // A collection without a rule would be created with the console default; refuse instead of guessing.
    if (!rule) throw new Error(`database.rules.json 缺少集合 ${name} 的安全规则`);
    const indexes = (INDEXED_FIELDS[name] ?? []).map((fields) => ({ name: indexName(name, fields), fields: [...fields] }));
    return { name, rule, indexes };
  });
  return { collections };
}

export function describePlan(plan: ProvisionPlan): string[] {
  const lines: string[] = [];
  for (const c of plan.collections) {
    lines.push(`集合 ${c.name}`);
    lines.push(`  安全规则 ${JSON.stringify(c.rule)}`);
    for (const i of c.indexes) lines.push(`  索引 ${i.name}：${i.fields.map((f) => `${f} 升序`).join(' + ')}`);
  }
  const indexCount = plan.collections.reduce((n, c) => n + c.indexes.length, 0);
  lines.push(`共 ${plan.collections.length} 个集合、${plan.collections.length} 条安全规则、${indexCount} 个索引`);
  return lines;
}
