/**
 * The real @cloudbase/manager-node with only its lowest network call replaced: `lib/utils/http-request.fetch`, which
 * sends each signed Tencent Cloud API 3.0 request. The stand-in keeps an environment's collections, indexes and
 * collection permissions in memory and answers in API 3.0 form (`{ Response: { …, RequestId } }`, errors as
 * `Response.Error`), so the SDK's own request building, env lookup and error handling all run.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- SDK internals are untyped */

export interface FakeManagerApi {
  tables: Map<string, Map<string, Array<{ Name: string; Direction: string }>>>;
  permissions: Map<string, { Permission: string; SecurityRule?: string }>;
  /** Every API action called, in order (e.g. CreateTable, UpdateTable). */
  actions: string[];
  restore(): void;
}

export function installFakeManagerApi(envId: string): FakeManagerApi {
  const http = require('@cloudbase/manager-node/lib/utils/http-request') as { fetch: (url: string, config: any) => Promise<unknown> };
  const realFetch = http.fetch;
  const tables = new Map<string, Map<string, Array<{ Name: string; Direction: string }>>>();
  const permissions = new Map<string, { Permission: string; SecurityRule?: string }>();
  const actions: string[] = [];
  let requestNo = 0;

  const handle = (action: string, body: any): Record<string, unknown> => {
    switch (action) {
      case 'DescribeEnvInfo':
        return { EnvInfo: { EnvBaseInfo: { EnvId: envId, Alias: 'test', Status: 'NORMAL', Databases: [{ InstanceId: 'tnt-db-1', Region: 'ap-shanghai', Status: 'RUNNING' }], Storages: [], Functions: [] } } };
      case 'DescribeTable': {
        const indexes = tables.get(body.TableName);
        if (!indexes) throw Object.assign(new Error(`table ${String(body.TableName)} not exist`), { code: 'ResourceNotFound' });
        return { Indexes: [...indexes].map(([Name, Keys]) => ({ Name, Keys, Unique: false, Size: 0, Accesses: { Ops: 0, Since: '' } })), IndexNum: indexes.size };
      }
      case 'CreateTable':
        if (tables.has(body.TableName)) throw Object.assign(new Error('table exists'), { code: 'ResourceInUse' });
        tables.set(body.TableName, new Map([['_id_', [{ Name: '_id', Direction: '1' }]]]));
        return {};
      case 'UpdateTable': {
        const indexes = tables.get(body.TableName);
        if (!indexes) throw Object.assign(new Error('table not exist'), { code: 'ResourceNotFound' });
        for (const index of body.CreateIndexes ?? []) {
          if (indexes.has(index.IndexName)) throw Object.assign(new Error(`index ${String(index.IndexName)} exists`), { code: 'ResourceInUse' });
          if (!/^[A-Za-z0-9_]+$/.test(index.IndexName)) throw Object.assign(new Error('invalid index name'), { code: 'InvalidParameter' });
          indexes.set(index.IndexName, index.MgoKeySchema.MgoIndexKeys);
        }
        return {};
      }
      case 'DescribeResourcePermission':
        return { PermissionList: (body.Resources ?? []).filter((r: string) => permissions.has(r)).map((r: string) => ({ ResourceType: body.ResourceType, Resource: r, ...permissions.get(r) })), TotalCount: permissions.size };
      case 'ModifyResourcePermission':
        if (!tables.has(body.Resource)) throw Object.assign(new Error('collection not exist'), { code: 'ResourceNotFound' });
        permissions.set(body.Resource, { Permission: body.Permission, ...(body.SecurityRule ? { SecurityRule: body.SecurityRule } : {}) });
        return { Success: true };
      default:
        throw Object.assign(new Error(`fake management API: ${action} not modelled`), { code: 'UnsupportedOperation' });
    }
  };

  http.fetch = async (_url: string, config: any) => {
    const action = String(config.headers['X-TC-Action']);
    actions.push(action);
    const RequestId = `req-${(requestNo += 1)}`;
    try {
      const body = config.body ? JSON.parse(config.body as string) : {};
      if (body.EnvId !== undefined && body.EnvId !== envId) throw Object.assign(new Error(`env ${String(body.EnvId)} not found`), { code: 'ResourceNotFound.Env' });
      return { Response: { ...handle(action, body), RequestId } };
    } catch (error) {
      const e = error as { code?: string; message: string };
      return { Response: { Error: { Code: e.code ?? 'InternalError', Message: e.message }, RequestId } };
    }
  };
  return { tables, permissions, actions, restore: () => void (http.fetch = realFetch) };
}
