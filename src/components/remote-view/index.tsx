import type { ReactNode } from 'react';
import { ErrorView, LoadingView } from '../status-view';

/** What RemoteView needs of a load (useRemote's answer fits). */
export interface RemoteState<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/**
 * Every page that loads one thing shows it the same way: the content once data is there (kept during a reload so
 * the page does not flash), else the error with 重试, else the spinner. Without `children` it draws only the
 * waiting states, for a page that goes on to render the data itself.
 */
export function RemoteView<T>({ remote, children }: { remote: RemoteState<T>; children?: (data: T) => ReactNode }) {
  if (remote.data !== null) return <>{children ? children(remote.data) : null}</>;
  if (remote.error !== null) return <ErrorView message={remote.error} onRetry={remote.reload} />;
  return <LoadingView />;
}
