import Taro from '@tarojs/taro';
import { showError, showInfo } from '../show-error';

/**
 * Runs one write with a progress toast, then the success message or the server's Chinese error.
 * Returns whether it succeeded, so the page reloads only on success.
 */
export async function runAction(progress: string, done: string, work: () => Promise<unknown>): Promise<boolean> {
  void Taro.showLoading({ title: progress, mask: true });
  try {
    await work();
    Taro.hideLoading();
    showInfo(done);
    return true;
  } catch (err) {
    Taro.hideLoading();
    showError(err);
    return false;
  }
}
