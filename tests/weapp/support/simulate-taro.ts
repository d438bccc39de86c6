import path from 'node:path';
import { createWx, type WxBackend } from './wx-api';

type Options = Record<string, unknown>;
type Register = (options: Options) => void;
const globals = globalThis as unknown as { Component: Register; Page: Register; wx: unknown; App: Register; getApp: () => Options; getCurrentPages: () => Options[] };

/**
 * miniprogram-simulate (WeChat's component test kit, jsdom + its bundled official WXML/WXSS compiler) renders the
 * built mini program's components once these differences between Taro's output and j-component are bridged.
 */
function installShims(): void {
  const register = globals.Component;
  globals.Component = (options) =>
    register({
      ...options,
      // Taro leaves `behaviors` and `externalClasses` as `{}` when a component has none; WeChat ignores that, and
      // j-component needs arrays.
      behaviors: Array.isArray(options.behaviors) ? options.behaviors : [],
      externalClasses: Array.isArray(options.externalClasses) ? options.externalClasses : [],
    });
  // A Taro page calls Page() with its lifecycles and its event handler `eh` at the top level; j-component renders
  // components only, so the page becomes a component whose methods are those functions (the test calls onLoad).
  globals.Page = (options) => {
    const methods = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'function'));
    globals.Component({ data: options.data ?? {}, options: options.options ?? {}, methods });
  };
}

/** What a rendered component gives a test (miniprogram-simulate's own typings declare WeChat's globals, so not used). */
export interface Rendered {
  dom: HTMLElement | undefined;
  instance: Record<string, unknown> & { data: unknown };
  attach(parent: Element): void;
  querySelector(selector: string): { dispatchEvent(name: string, options?: Record<string, unknown>): void } | undefined;
}
interface Simulate {
  load(file: string, tagName: string, options: { rootPath: string }): string;
  render(id: string): Rendered;
  sleep(ms: number): Promise<void>;
}
// Loaded untyped on purpose: see Rendered.
const simulate = require('miniprogram-simulate') as Simulate;

/** The element id Taro's template gives the node with this sid, found in the render data. */
function idOf(data: unknown, sid: string): string {
  const walk = (value: unknown): string | null => {
    if (!value || typeof value !== 'object') return null;
    const node = value as { sid?: string; uid?: string };
    if (node.sid === sid) return node.uid ?? sid;
    for (const child of Object.values(value)) {
      const found = walk(child);
      if (found) return found;
    }
    return null;
  };
  return walk(data) ?? sid;
}

export interface SimulatedApp {
  /** Opens a page as WeChat would (onLoad(query) → onShow → onReady) and renders it. */
  openPage(route: string, query?: Record<string, string>): Promise<Rendered>;
  /** Taps the element showing `text`; the tap bubbles through the exparser to every `bindtap="eh"` above it. */
  tap(rendered: Rendered, text: string): void;
  /** Waits for what the backend calls and renders bring, failing after a few seconds. */
  until(condition: () => boolean): Promise<void>;
  /** The page stack getCurrentPages() answers with (the tab bar reads the current route from it). */
  pages: Options[];
  /** Loads a component or page of dist/weapp (`custom-tab-bar/index`) and renders it attached to a parent. */
  render(file: string): Rendered;
  calls: ReturnType<typeof createWx>['calls'];
}

/**
 * Starts the built app inside jsdom the way its first page would find it: Taro's runtime chunks, then app.js
 * (App() and its onLaunch, which initialises cloud and loads the caller's role), with `wx` calling the backend.
 */
export async function startSimulatedApp(weappDir: string, backend: WxBackend): Promise<SimulatedApp> {
  installShims();
  const wx = createWx({ backend, track: () => undefined, navigate: () => undefined, back: () => undefined });
  globals.wx = wx.api;
  let app: Options = {};
  const pages: Options[] = [];
  globals.App = (options) => void (app = options);
  globals.getApp = () => app;
  globals.getCurrentPages = () => [...pages];
  require(path.join(weappDir, 'app.js'));
  (app.onLaunch as (o: Options) => void).call(app, { path: 'pages/home/index', query: {}, scene: 1001 });
  (app.onShow as (o: Options) => void).call(app, { path: 'pages/home/index', query: {}, scene: 1001 });
  const render = (file: string) => {
    const id = simulate.load(path.join(weappDir, file), file.replace(/\W+/g, '-'), { rootPath: weappDir });
    const component = simulate.render(id);
    component.attach(document.createElement('parent-wrapper'));
    return component;
  };
  return {
    pages,
    calls: wx.calls,
    render,
    async openPage(route, query = {}) {
      const page = render(route);
      const instance = page.instance as unknown as Options & Record<string, (arg?: unknown) => void>;
      Object.assign(instance, { route, __route__: route, options: query });
      pages.push(instance);
      instance.onLoad!(query);
      instance.onShow!();
      instance.onReady!();
      return page;
    },
    tap(rendered, text) {
      const element = Array.from(rendered.dom!.querySelectorAll('[data-sid]')).reverse().find((n) => n.textContent?.trim() === text);
      if (!element) throw new Error(`nothing shows ${text}: ${rendered.dom!.textContent!.slice(0, 300)}`);
      // The template gives each element `id="{{i.uid||i.sid}}"`; the DOM shows only the sid, the render data both.
      const sid = element.getAttribute('data-sid') ?? '';
      const node = rendered.querySelector(`#${idOf(rendered.instance.data, sid)}`);
      if (!node) throw new Error(`the element showing ${text} has no id to dispatch on`);
      node.dispatchEvent('tap', { bubbles: true, composed: true });
    },
    async until(condition) {
      for (let waited = 0; !condition(); waited += 20) {
        if (waited > 5000) throw new Error('the rendered component never reached the expected state');
        await simulate.sleep(20);
      }
    },
  };
}
