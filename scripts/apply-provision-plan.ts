import type { ProvisionPlan } from './provision-plan';

/* eslint-disable @typescript-eslint/no-explicit-any -- @cloudbase/manager-node's results are loosely typed */

/** The part of @cloudbase/manager-node's CloudBase app that provisioning uses. */
export interface ManagerApp {
  database: {
    checkCollectionExists(name: string): Promise<{ Exists: boolean }>;
    createCollection(name: string): Promise<unknown>;
    describeCollection(name: string): Promise<{ Indexes?: Array<{ Name: string }> }>;
    updateCollection(name: string, info: { CreateIndexes: Array<{ IndexName: string; MgoKeySchema: { MgoIndexKeys: Array<{ Name: string; Direction: string }>; MgoIsUnique: boolean } }> }): Promise<unknown>;
  };
  permission: {
    describeResourcePermission(options: { resourceType: 'collection'; resources: string[] }): Promise<any>;
    modifyResourcePermission(options: { resourceType: 'collection'; resource: string; permission: 'CUSTOM'; securityRule: string }): Promise<unknown>;
  };
}

export interface ProvisionReport {
  createdCollections: string[];
  appliedRules: string[];
  createdIndexes: string[];
}

const sameRule = (a: unknown, b: unknown) => {
  try {
    return JSON.stringify(typeof a === 'string' ? JSON.parse(a) : a) === JSON.stringify(b);
  } catch {
    return false;
  }
};

/**
 * Brings an environment up to the plan and changes nothing that is already right, so it can be re-run at any time
 * (after a failure half-way, or when a release adds a collection or index). Indexes are only ever added.
 */
export async function applyProvisionPlan(app: ManagerApp, plan: ProvisionPlan, log: (line: string) => void): Promise<ProvisionReport> {
  const report: ProvisionReport = { createdCollections: [], appliedRules: [], createdIndexes: [] };
  for (const c of plan.collections) {
    if (!(await app.database.checkCollectionExists(c.name)).Exists) {
      await app.database.createCollection(c.name);
      report.createdCollections.push(c.name);
      log(`已创建集合 ${c.name}`);
    }

    const current = await app.permission.describeResourcePermission({ resourceType: 'collection', resources: [c.name] });
    const entry = (current?.PermissionList ?? []).find((p: any) => p.Resource === c.name);
    if (entry?.Permission !== 'CUSTOM' || !sameRule(entry.SecurityRule, c.rule)) {
      await app.permission.modifyResourcePermission({ resourceType: 'collection', resource: c.name, permission: 'CUSTOM', securityRule: JSON.stringify(c.rule) });
      report.appliedRules.push(c.name);
      log(`已设置 ${c.name} 的安全规则`);
    }

    const existing = new Set(((await app.database.describeCollection(c.name)).Indexes ?? []).map((i) => i.Name));
    const missing = c.indexes.filter((i) => !existing.has(i.name));
    if (missing.length) {
      await app.database.updateCollection(c.name, {
        CreateIndexes: missing.map((i) => ({ IndexName: i.name, MgoKeySchema: { MgoIndexKeys: i.fields.map((f) => ({ Name: f, Direction: '1' })), MgoIsUnique: false } })),
      });
      for (const i of missing) report.createdIndexes.push(`${c.name}.${i.name}`);
      log(`已为 ${c.name} 创建索引：${missing.map((i) => i.name).join('、')}`);
    }
  }
  return report;
}
