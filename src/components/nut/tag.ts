// NutUI per component: its own CSS only (the full dist/style.css would bloat the main package).
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css';

export { default as Tag } from '@nutui/nutui-react-taro/dist/es/packages/tag';
