import Taro from '@tarojs/taro';

/** Every destructive action asks first; resolves true only on 确定. */
export async function confirmAction(title: string, content: string): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消', confirmColor: '#fa2c19' });
  return res.confirm;
}
