/**
 * @jest-environment jsdom
 */
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { RemoteView } from '../../src/components/remote-view';
import { useRemote } from '../../src/hooks/use-remote';

// Taro's view elements as plain DOM: the page logic under test is RemoteView and useRemote, not Taro's renderer.
jest.mock('@tarojs/components', () => {
  const host = (tag: string) => (props: { className?: string; onClick?: () => void; children?: ReactNode }) =>
    createElement(tag, { className: props.className, onClick: props.onClick }, props.children);
  return { View: host('div'), Text: host('span') };
});
jest.mock('../../src/components/status-view/index.scss', () => ({}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Page({ load }: { load: () => Promise<string> }) {
  const remote = useRemote(load, 'one');
  return createElement(RemoteView<string>, { remote, children: (data: string) => createElement('p', { id: 'content' }, data) });
}

test('a page that loads one thing shows the spinner, a transport failure in Chinese with 重试, then the content', async () => {
  let fail = true;
  const load = jest.fn(() => (fail ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve('赣南脐橙')));
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);

  await act(async () => root.render(createElement(Page, { load })));
  expect(container.textContent).toContain('网络开小差了，请稍后再试');
  expect(container.textContent).not.toContain('Failed to fetch');
  const retry = container.querySelector('.status-view__retry');
  expect(retry?.textContent).toBe('重试');

  fail = false;
  await act(async () => (retry as HTMLElement).click());
  expect(load).toHaveBeenCalledTimes(2);
  expect(container.querySelector('#content')?.textContent).toBe('赣南脐橙');
  expect(container.querySelector('.status-view')).toBeNull();
  await act(async () => root.unmount());
});

test('while the first answer is on its way the page shows the spinner', async () => {
  const container = document.createElement('div');
  const root = createRoot(container);
  await act(async () => root.render(createElement(Page, { load: () => new Promise<string>(() => undefined) })));
  expect(container.querySelector('.status-view__spinner')).not.toBeNull();
  expect(container.querySelector('#content')).toBeNull();
  await act(async () => root.unmount());
});
