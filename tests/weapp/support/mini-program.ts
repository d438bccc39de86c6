import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { findPath, textOf, visibleText, type TreeNode } from './render-tree';
import { applySetData } from './set-data';
import { createWx, type WxBackend, type WxCall, type WxHooks } from './wx-api';
import { readTemplates, type ElementTemplate } from './wxml-templates';

/**
 * WeChat's logic layer for the built mini program (`dist/weapp`), in a Node `vm` context: the only globals are the
 * ones WeChat gives (`wx`, `App`, `Page`, `Component`, `Behavior`, `getApp`, `getCurrentPages`, `requirePlugin`,
 * `console`, timers). Each file runs inside the wrapper WeChat puts around every module, whose parameters shadow
 * the browser names (`window`, `document`, `localStorage`, `XMLHttpRequest`…) with `undefined`. There is no view
 * layer: a page's render is the data it sends with `setData`, and a tap is the event WeChat would hand to the
 * page's `eh` handler for the element under the finger.
 */
const WX_MODULE_PARAMS = [
  'require', 'module', 'exports', 'window', 'document', 'frames', 'self', 'location', 'navigator', 'localStorage',
  'history', 'Caches', 'screen', 'alert', 'confirm', 'prompt', 'XMLHttpRequest', 'WebSocket', 'Reporter', 'webkit', 'WeixinJSCore',
];

type Options = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

export interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  tabBar?: { custom?: boolean; list: Array<{ pagePath: string }> };
  requiredPrivateInfos?: string[];
  permission?: Record<string, { desc: string }>;
}

/** A page or component instance as the logic layer holds it: the options' methods, `data`, `setData`. */
export interface Instance {
  data: Record<string, unknown>;
  setData(patch: Record<string, unknown>, cb?: () => void): void;
  [key: string]: unknown;
}

export interface PageInstance extends Instance {
  route: string;
  options: Record<string, string>;
  tabBar: Instance | null;
}

export interface LaunchOptions {
  path: string;
  query?: Record<string, string>;
  /** WeChat's scene value: 1001 (发现栏), 1047 (scanned mini-program code), 1007 (a card in a chat)… */
  scene?: number;
}

export class MiniProgram {
  readonly appJson: AppJson;
  /** Errors the user would meet: thrown in a lifecycle, timer or handler, unhandled rejections, console.error. */
  readonly errors: string[] = [];
  readonly calls: WxCall[];
  readonly pages: PageInstance[] = [];
  readonly context: vm.Context;
  readonly templates: Map<string, ElementTemplate>;
  /** How the simulated user answers dialogs and the cashier. */
  readonly answers: NonNullable<WxHooks['answers']> = {};
  app: Options | null = null;

  private readonly modules = new Map<string, { exports: unknown }>();
  private readonly pageDefs = new Map<string, Options>();
  private readonly componentDefs = new Map<string, Options>();
  private readonly timers = new Map<number, { handle: NodeJS.Timeout; short: boolean; repeat: boolean }>();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly lifecycles = new WeakMap<PageInstance, string[]>();
  private loadingPath: string | null = null;
  private innerJson: JSON | null = null;
  private nextTimerId = 1;
  private nextWebviewId = 1;
  private readonly onRejection = (reason: unknown) => this.errors.push(`unhandled rejection: ${describe(reason)}`);

  constructor(
    readonly dir: string,
    backend: WxBackend,
  ) {
    this.appJson = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as AppJson;
    this.templates = readTemplates(dir);
    const wx = createWx({
      answers: this.answers,
      backend,
      track: (promise) => this.track(promise),
      navigate: (kind, url) => this.navigate(kind, url),
      back: (delta) => this.navigateBack(delta),
    });
    this.calls = wx.calls;
    const guard = (what: string, fn: Fn) => (...args: unknown[]) => this.guard(what, () => fn(...args));
    const recordConsole = (level: string) => (...args: unknown[]) => {
      if (level === 'error') this.errors.push(`console.error: ${args.map(describe).join(' ')}`);
    };
    this.context = vm.createContext({
      wx: wx.api,
      App: (options: Options) => void (this.app = options),
      Page: (options: Options) => this.register(this.pageDefs, 'Page', options),
      Component: (options: Options) => this.register(this.componentDefs, 'Component', options),
      Behavior: (options: Options) => options,
      getApp: () => this.app,
      getCurrentPages: () => [...this.pages],
      requirePlugin: (name: string) => {
        throw new Error(`plugin ${name} is not declared in app.json`);
      },
      console: { log: recordConsole('log'), info: recordConsole('info'), warn: recordConsole('warn'), debug: recordConsole('debug'), error: recordConsole('error') },
      setTimeout: (fn: Fn, ms = 0, ...args: unknown[]) => this.setTimer(guard('setTimeout', () => fn(...args)), ms, false),
      setInterval: (fn: Fn, ms = 0, ...args: unknown[]) => this.setTimer(guard('setInterval', () => fn(...args)), ms, true),
      clearTimeout: (id: number) => this.clearTimer(id),
      clearInterval: (id: number) => this.clearTimer(id),
    });
  }

  /** Cold start as WeChat does it: app.js, the main package's pages, App.onLaunch/onShow, then the entry page. */
  async launch(launch: LaunchOptions): Promise<PageInstance> {
    process.on('unhandledRejection', this.onRejection);
    this.require('app.js');
    if (!this.app) throw new Error('app.js did not call App()');
    for (const page of this.appJson.pages) this.loadPage(page);
    const options = this.inner({ path: launch.path, query: launch.query ?? {}, scene: launch.scene ?? 1001, referrerInfo: {}, apiCategory: 'default' });
    this.call(this.app, 'onLaunch', options);
    this.call(this.app, 'onShow', options);
    await this.settle();
    return this.open(launch.path, launch.query ?? {});
  }

  get currentPage(): PageInstance | undefined {
    return this.pages[this.pages.length - 1];
  }

  /** Opens a page on top of the stack: onLoad(query) → onShow → onReady, then waits for its data. */
  async open(route: string, query: Record<string, string> = {}): Promise<PageInstance> {
    const page = this.push(route, query);
    await this.settle();
    return page;
  }

  /** onLoad and onShow now; onReady once the first render has gone out, as the view layer reports it. */
  private push(route: string, query: Record<string, string>): PageInstance {
    const top = this.currentPage;
    if (top) this.call(top, 'onHide');
    const page = this.createPage(route, query);
    this.pages.push(page);
    this.call(page, 'onLoad', this.inner(query));
    this.call(page, 'onShow');
    if (page.tabBar) this.attachComponent(page.tabBar, page);
    this.setTimer(() => this.call(page, 'onReady'), 0, false);
    return page;
  }

  /**
   * Taps the element showing `text` (its own text or its children's): WeChat hands the tap to the nearest element
   * at or above it whose template binds `tap`, and Taro bubbles it on to the React handlers.
   */
  async tap(text: string | RegExp, within: Instance = this.requirePage()): Promise<void> {
    const trail = findPath(within.data, (n) => matches(this.text(n), text));
    const target = trail.at(-1);
    const bound = [...trail].reverse().find((n) => this.templates.get(String(n.nn))?.events.has('tap'));
    if (!target || !bound) throw new Error(`nothing to tap with text ${String(text)}: ${this.visibleText(within).slice(0, 800)}`);
    await this.fire(within, bound, 'tap', {}, target);
  }

  /** Types into the input or textarea with this placeholder (or element id), as the keyboard's `input` event does. */
  async input(field: string | RegExp, value: string, within: Instance = this.requirePage()): Promise<void> {
    const trail = findPath(within.data, (n) => n.uid === field || matches(String(this.attributes(n).placeholder ?? ''), field));
    const node = trail.at(-1);
    if (!node) throw new Error(`no input ${String(field)}: ${this.visibleText(within).slice(0, 400)}`);
    await this.fire(within, node, 'input', { value, cursor: value.length, keyCode: 0 });
  }

  /** Sends a WeChat event to `currentTarget` (the element whose template bound it), from `target` inside it. */
  async fire(within: Instance, currentTarget: TreeNode, type: string, detail: Record<string, unknown>, target: TreeNode = currentTarget): Promise<void> {
    if (!this.templates.get(String(currentTarget.nn))?.events.has(type)) throw new Error(`the element does not bind ${type}`);
    const describeNode = (n: TreeNode) => ({ id: n.uid ?? n.sid, dataset: { sid: n.sid } });
    const event = this.inner({ type, timeStamp: Date.now(), target: describeNode(target), currentTarget: describeNode(currentTarget), detail, touches: [], changedTouches: [] });
    this.call(within, 'eh', event);
    await this.settle();
  }

  /** An element's attributes by name (`placeholder`, `value`, `src`…), read through its template. */
  attributes(node: TreeNode): Record<string, unknown> {
    const template = this.templates.get(String(node.nn));
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[template?.attributes[key] ?? key] = value;
    return out;
  }

  /** The text a user reads in a node (nested text included). */
  text(node: TreeNode): string {
    return textOf(node);
  }

  /** Everything a user can read on a page or component: text, input values and placeholders, in order. */
  visibleText(instance: Instance = this.requirePage()): string {
    return visibleText(instance.data, (n) => this.attributes(n));
  }

  /** Waits until every backend call, short timer and the renders they cause are done. */
  async settle(): Promise<void> {
    for (let round = 0; round < 200; round += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.pending.size > 0) {
        await Promise.allSettled([...this.pending]);
        continue;
      }
      if ([...this.timers.values()].some((t) => t.short && !t.repeat)) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      return;
    }
    throw new Error('the mini program never settled (a timer or call keeps rescheduling itself)');
  }

  /** The lifecycle methods WeChat has called on a page so far, in order. */
  lifecycleOf(page: PageInstance): string[] {
    return this.lifecycles.get(page) ?? [];
  }

  /** The user leaves the top page (the back button): it unloads and the page below shows again. */
  closePage(): void {
    this.navigateBack(1);
  }

  /** Calls a page method the way WeChat would (share menu, lifecycle), recording anything it throws. */
  call(instance: Options, name: string, ...args: unknown[]): unknown {
    if (/^on[A-Z]/.test(name) && this.pages.includes(instance as PageInstance)) {
      this.lifecycles.set(instance as PageInstance, [...(this.lifecycles.get(instance as PageInstance) ?? []), name]);
    }
    const fn = instance[name];
    if (typeof fn !== 'function') return undefined;
    return this.guard(`${String(instance.route ?? instance.is ?? 'app')}.${name}`, () => (fn as Fn).apply(instance, args));
  }

  /** Makes a plain value into one of the mini program's own realm, as data crossing WeChat's bridge would be. */
  inner<T>(value: T): T {
    this.innerJson ??= vm.runInContext('JSON', this.context) as JSON;
    return value === undefined ? value : (this.innerJson.parse(JSON.stringify(value)) as T);
  }

  dispose(): void {
    process.off('unhandledRejection', this.onRejection);
    for (const timer of this.timers.values()) clearTimeout(timer.handle);
    this.timers.clear();
  }

  private requirePage(): PageInstance {
    const page = this.currentPage;
    if (!page) throw new Error('no page is open');
    return page;
  }

  private guard<T>(what: string, fn: () => T): T | undefined {
    try {
      const result = fn();
      if (result && typeof (result as { then?: unknown }).then === 'function') {
        (result as unknown as Promise<unknown>).then(undefined, (error) => this.errors.push(`${what}: ${describe(error)}`));
      }
      return result;
    } catch (error) {
      this.errors.push(`${what}: ${describe(error)}`);
      return undefined;
    }
  }

  private track(promise: Promise<unknown>): void {
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise)).catch(() => undefined);
  }

  private setTimer(fn: () => void, ms: number, repeat: boolean): number {
    const id = this.nextTimerId++;
    const run = () => {
      if (!repeat) this.timers.delete(id);
      fn();
    };
    const handle = repeat ? setInterval(run, Math.max(ms, 1)) : setTimeout(run, ms);
    this.timers.set(id, { handle, short: ms <= 100, repeat });
    return id;
  }

  private clearTimer(id: number): void {
    const timer = this.timers.get(id);
    if (!timer) return;
    clearTimeout(timer.handle);
    this.timers.delete(id);
  }

  /** Page() and Component() register under the file being loaded, as WeChat does with its __wxRoute. */
  private register(defs: Map<string, Options>, kind: string, options: Options): void {
    if (!this.loadingPath) throw new Error(`${kind}() called outside a page or component file`);
    defs.set(this.loadingPath, options);
  }

  private require(file: string): unknown {
    const normalized = path.posix.normalize(file.endsWith('.js') ? file : `${file}.js`);
    const cached = this.modules.get(normalized);
    if (cached) return cached.exports;
    const source = fs.readFileSync(path.join(this.dir, normalized), 'utf8');
    const module = { exports: {} as unknown };
    this.modules.set(normalized, module);
    const wrapper = new vm.Script(`(function(${WX_MODULE_PARAMS.join(',')}){${source}\n})`, { filename: normalized });
    const fn = wrapper.runInContext(this.context) as Fn;
    const localRequire = (request: string) => this.require(path.posix.join(path.posix.dirname(normalized), request));
    fn.call(undefined, localRequire, module, module.exports);
    return module.exports;
  }

  private loadModule(route: string): void {
    const previous = this.loadingPath;
    this.loadingPath = route;
    try {
      this.require(`${route}.js`);
    } finally {
      this.loadingPath = previous;
    }
  }

  private loadPage(route: string): Options {
    if (!this.pageDefs.has(route)) {
      if (!this.allPages().includes(route)) throw new Error(`${route} is not a page in app.json`);
      this.loadComponentsOf(route);
      this.loadModule(route);
    }
    const def = this.pageDefs.get(route);
    if (!def) throw new Error(`${route}.js did not call Page()`);
    return def;
  }

  /** The custom components a page's JSON uses are defined before the page, as WeChat does. */
  private loadComponentsOf(file: string, visiting = new Set<string>()): void {
    visiting.add(file);
    const jsonFile = path.join(this.dir, `${file}.json`);
    if (!fs.existsSync(jsonFile)) return;
    const using = (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { usingComponents?: Record<string, string> }).usingComponents ?? {};
    for (const target of Object.values(using)) {
      if (target.startsWith('plugin://')) continue;
      const component = target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(file), target);
      if (visiting.has(component) || this.componentDefs.has(component) || this.modules.has(`${component}.js`)) continue;
      this.loadComponentsOf(component, visiting);
      this.loadModule(component);
    }
  }

  allPages(): string[] {
    const subs = this.appJson.subPackages ?? [];
    return [...this.appJson.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))];
  }

  private isTabPage(route: string): boolean {
    return (this.appJson.tabBar?.list ?? []).some((item) => item.pagePath === route);
  }

  private createPage(route: string, query: Record<string, string>): PageInstance {
    const def = this.loadPage(route);
    const page = this.instantiate(def) as PageInstance;
    Object.assign(page, { route, __route__: route, is: route, options: this.inner(query), __wxWebviewId__: this.nextWebviewId++, tabBar: null });
    if (this.isTabPage(route) && this.appJson.tabBar?.custom) {
      this.loadComponentsOf('custom-tab-bar/index');
      if (!this.componentDefs.has('custom-tab-bar/index')) this.loadModule('custom-tab-bar/index');
      page.tabBar = this.instantiateComponent(this.componentDefs.get('custom-tab-bar/index')!);
    }
    page.getTabBar = () => page.tabBar;
    page.selectComponent = () => null;
    page.createSelectorQuery = () => (this.context.wx as { createSelectorQuery: () => unknown }).createSelectorQuery();
    return page;
  }

  private instantiate(def: Options): Instance {
    const instance = {} as Instance;
    for (const [key, value] of Object.entries(def)) if (key !== 'data') instance[key] = value;
    instance.data = this.inner(def.data ?? {}) as Record<string, unknown>;
    instance.setData = (patch, cb) => {
      if (!patch || typeof patch !== 'object') throw new Error('setData expects an object');
      applySetData(instance.data, this.inner(patch));
      if (typeof cb === 'function') this.setTimer(() => this.guard('setData callback', cb), 0, false);
    };
    return instance;
  }

  /** A component instance: properties' defaults in data, `methods` on the instance, lifetimes called by us. */
  private instantiateComponent(def: Options): Instance {
    const methods = (def.methods ?? {}) as Options;
    const properties = (def.properties ?? {}) as Record<string, { value?: unknown }>;
    const defaults = Object.fromEntries(Object.entries(properties).map(([k, p]) => [k, p && typeof p === 'object' ? (p.value ?? null) : null]));
    const instance = this.instantiate({ ...methods, data: { ...defaults, ...((def.data ?? {}) as Options) } });
    Object.assign(instance, { is: 'custom-tab-bar/index', id: '', dataset: {}, properties: instance.data, __def: def });
    return instance;
  }

  private attachComponent(component: Instance, page: PageInstance): void {
    const def = component.__def as Options;
    const lifetimes = (def.lifetimes ?? {}) as Options;
    for (const name of ['created', 'attached', 'ready']) {
      const fn = (lifetimes[name] ?? def[name]) as Fn | undefined;
      if (fn) this.guard(`custom-tab-bar.${name}`, () => fn.call(component));
    }
    const show = ((def.pageLifetimes ?? {}) as Options).show as Fn | undefined;
    if (show) this.guard('custom-tab-bar.show', () => show.call(component, page.options));
  }

  private navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch', url: string): void {
    const [rawPath, search = ''] = url.split('?');
    const route = (rawPath ?? '').replace(/^\//, '');
    const query = Object.fromEntries(new URLSearchParams(search));
    if (!this.allPages().includes(route)) throw new Error(`${kind}:fail page "${route}" is not found`);
    const isTab = this.isTabPage(route);
    if (kind === 'switchTab' && !isTab) throw new Error(`switchTab:fail can not switch to no-tabBar page`);
    if ((kind === 'navigateTo' || kind === 'redirectTo') && isTab) throw new Error(`${kind}:fail can not navigateTo a tabbar page`);
    if (kind === 'redirectTo') this.unload(this.pages.length - 1);
    if (kind === 'reLaunch' || kind === 'switchTab') while (this.pages.length > 0) this.unload(this.pages.length - 1);
    if (this.pages.length >= 10) throw new Error('navigateTo:fail webview count limit exceed');
    this.push(route, query);
  }

  private navigateBack(delta: number): void {
    for (let i = 0; i < delta && this.pages.length > 1; i += 1) this.unload(this.pages.length - 1);
    const top = this.currentPage;
    if (top) this.call(top, 'onShow');
  }

  private unload(index: number): void {
    const [page] = this.pages.splice(index, 1);
    if (page) this.call(page, 'onUnload');
  }
}

function matches(value: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? value.trim() === expected : expected.test(value);
}

function describe(value: unknown): string {
  if (value instanceof Error || (value && typeof value === 'object' && 'stack' in value)) {
    const error = value as Error;
    return `${error.message}\n${(error.stack ?? '').split('\n').slice(1, 4).join('\n')}`;
  }
  if (value && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}
