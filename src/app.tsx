import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initBackend } from '@/services/init-backend';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(initBackend);
  // children is the page being rendered
  return children;
}

export default App;
