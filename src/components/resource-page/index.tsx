import type { ReactNode } from 'react';
import type { PagePath } from '@/contracts/pages';
import { PageShell } from '@/components/page-shell';
import { RemoteView } from '@/components/remote-view';
import { EmptyState } from '@/components/status-view';
import { useRemote } from '@/hooks/use-remote';

interface ResourcePageProps<T> {
  page: PagePath;
  /** The route parameter that names the resource (`saleId`, `groupId`, …). */
  param: string;
  /** What the page says when it was opened without one. */
  missing: string;
  load: (id: string) => Promise<T>;
  children: (data: T, reload: () => void) => ReactNode;
}

/**
 * A page about one resource named by one route parameter (an activity, a group, a pay request): without the parameter
 * it says what is missing; with it, the resource loads through RemoteView (spinner, then the error with 重试 or the page).
 */
export function ResourcePage<T>({ page, param, missing, load, children }: ResourcePageProps<T>) {
  return (
    <PageShell page={page}>
      {(params) => {
        const id = params[param];
        return id ? <Resource id={id} load={load} render={children} /> : <EmptyState text={missing} />;
      }}
    </PageShell>
  );
}

function Resource<T>({ id, load, render }: { id: string; load: (id: string) => Promise<T>; render: (data: T, reload: () => void) => ReactNode }) {
  const remote = useRemote(() => load(id), id);
  return <RemoteView remote={remote}>{(data) => render(data, remote.reload)}</RemoteView>;
}
