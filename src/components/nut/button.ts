// NutUI per component: its own CSS only (the full dist/style.css would bloat the main package).
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import '@nutui/icons-react-taro/dist/style_icon.css';

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button';
