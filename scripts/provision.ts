/**
 * `npm run provision -- --env <envId> [--dry-run]`: creates every collection, applies database.rules.json and creates
 * every index the code needs in a CloudBase environment, through CloudBase's management SDK (@cloudbase/manager-node).
 * Idempotent. `--dry-run` prints the plan and touches nothing (no key needed). See docs/deploy.md step 4.
 */
import CloudBase from '@cloudbase/manager-node';
import { applyProvisionPlan, type ManagerApp } from './apply-provision-plan';
import { credentialsFromEnv, parseCliArgs } from './cli-args';
import { buildProvisionPlan, describePlan } from './provision-plan';

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2));
  const plan = buildProvisionPlan();
  if (args.flags.has('--dry-run')) {
    console.log(`计划（${args.envId ?? '未指定环境'}，未执行）：`);
    for (const line of describePlan(plan)) console.log(line);
    return;
  }
  if (!args.envId) throw new Error('用法：npm run provision -- --env <环境ID> [--dry-run]');
  const { secretId, secretKey, token } = credentialsFromEnv();
  const app = new CloudBase({ secretId, secretKey, token, envId: args.envId }) as unknown as ManagerApp;
  const report = await applyProvisionPlan(app, plan, (line) => console.log(line));
  const changes = report.createdCollections.length + report.appliedRules.length + report.createdIndexes.length;
  console.log(
    changes === 0
      ? `环境 ${args.envId} 已就绪，无需更改。`
      : `环境 ${args.envId}：新建 ${report.createdCollections.length} 个集合，设置 ${report.appliedRules.length} 条安全规则，新建 ${report.createdIndexes.length} 个索引。`,
  );
}

main().catch((error: unknown) => {
  console.error(`初始化未完成：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
