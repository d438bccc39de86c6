// NutUI per component: its own CSS only (the full dist/style.css would bloat the main package).
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css';

export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell';
