/**
 * What `tcb fn deploy --all` (CLI 2.12) says at the end of a run, read from its own summary lines in Chinese or
 * English. The CLI exits 0 even when functions failed, so this summary is the only trustworthy outcome.
 */
export interface DeploySummary {
  deployed: number;
  failed: number;
  skipped: number;
}

const COUNT = {
  deployed: [/成功部署\s*(\d+)\s*个函数/, /Successfully deployed (\d+) function/i],
  failed: [/(\d+)\s*个云函数部署失败/, /(\d+) cloud function\(s\) deployment failed/i],
  skipped: [/跳过\s*(\d+)\s*个函数/, /Skipped (\d+) functions/i, /取消部署\s*(\d+)\s*个函数/, /Cancelled deployment of (\d+) functions/i],
} as const;

export function readDeploySummary(output: string): DeploySummary {
  const total = (patterns: readonly RegExp[]) => patterns.reduce((sum, re) => sum + Number(re.exec(output)?.[1] ?? 0), 0);
  return { deployed: total(COUNT.deployed), failed: total(COUNT.failed), skipped: total(COUNT.skipped) };
}

/** Success means the CLI confirmed every expected function and reported none failed or skipped. */
export function deployProblem(summary: DeploySummary, expected: number, exitCode: number | null): string | null {
  if (exitCode !== 0) return `CLI 退出码 ${String(exitCode)}`;
  if (summary.failed > 0) return `${summary.failed} 个函数部署失败`;
  if (summary.skipped > 0) return `${summary.skipped} 个函数被跳过`;
  if (summary.deployed !== expected) return `CLI 只确认部署了 ${summary.deployed} / ${expected} 个函数`;
  return null;
}
