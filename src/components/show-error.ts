import Taro from '@tarojs/taro';
import { errorMessage } from '@/hooks/use-remote';

/** Every failed action ends here: the server's Chinese message (ActionError.message) in a toast. */
export function showError(err: unknown): void {
  void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 2500 });
}

export function showInfo(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2000 });
}
