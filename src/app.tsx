import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { watchRole } from '@/hooks/admin-tab';
import { initBackend } from '@/services/init-backend';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initBackend();
    // Shows the admin tab to staff (the server checks every admin action regardless).
    watchRole();
  });
  // children is the page being rendered
  return children;
}

export default App;
