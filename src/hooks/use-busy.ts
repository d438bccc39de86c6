import { useCallback, useState } from 'react';
import { showError } from '@/components/show-error';

/**
 * A page's one write at a time: `busy` is true while `run` runs it (the button shows it and refuses a second tap);
 * a failure is shown as the server's Chinese error, never thrown into the page.
 */
export function useBusy(): [boolean, (work: () => Promise<void>) => Promise<void>] {
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }, []);
  return [busy, run];
}
