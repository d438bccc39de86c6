/**
 * The `wx` object of the simulated logic layer. Cloud calls go to a backend (the real function handlers); payment
 * goes to the backend's payment callback; navigation drives the simulated page stack; every other API is a
 * recording stub that answers the way WeChat does (`success` with `errMsg: '<api>:ok'`, or a Promise when no
 * callback was passed). An API that WeChat does not have is simply absent, so calling it throws as it would there.
 */
export interface WxBackend {
  /** The user's WeChat identity: what the platform puts into the function's context. */
  openid: string;
  callFunction(name: string, data: unknown, openid: string): Promise<unknown>;
  /** Completes wx.requestPayment for the payment object a prepay returned; rejects when the payment fails. */
  requestPayment(payment: Record<string, unknown>): Promise<void>;
}

export interface WxCall {
  api: string;
  args: unknown;
}

type NavigateKind = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch';
type Callbacks = { success?: (res: unknown) => void; fail?: (res: unknown) => void; complete?: (res: unknown) => void };
type Impl = (options: Record<string, unknown>) => unknown;

export interface WxHooks {
  backend: WxBackend;
  track(promise: Promise<unknown>): void;
  navigate(kind: NavigateKind, url: string): void;
  back(delta: number): void;
  /** Answers for dialogs the test decides (default: the user confirms). */
  answers?: { modalConfirm?: boolean; payment?: 'pay' | 'cancel' };
}

/** What the simulated phone reports: an iPhone-sized screen on a current base library. */
const SYSTEM_INFO = {
  brand: 'devtools',
  model: 'iPhone 12/13 (Pro)',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 754,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 16.0',
  platform: 'ios',
  fontSizeSetting: 16,
  SDKVersion: '3.7.0',
  benchmarkLevel: 1,
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
  theme: 'light',
  enableDebug: false,
  deviceOrientation: 'portrait',
};

export function createWx(hooks: WxHooks): { api: Record<string, unknown>; calls: WxCall[] } {
  const calls: WxCall[] = [];
  let cloudReady = false;
  const storage = new Map<string, unknown>();
  const record = (api: string, args: unknown) => calls.push({ api, args });

  /** An async API: callbacks run after the current task, like the bridge; without callbacks it returns a Promise. */
  const asyncApi = (name: string, impl: Impl = () => ({})) => (options: Record<string, unknown> & Callbacks = {}) => {
    record(name, options);
    const run = Promise.resolve().then(() => impl(options));
    const settled = run.then(
      (result) => ({ ok: true as const, res: { errMsg: `${name}:ok`, ...(result as object) } }),
      (error: unknown) => ({ ok: false as const, res: { errMsg: `${name}:fail ${error instanceof Error ? error.message : String((error as { errMsg?: string })?.errMsg ?? error)}` } }),
    );
    const hasCallbacks = options.success || options.fail || options.complete;
    const delivered = settled.then(({ ok, res }) => {
      if (ok) options.success?.(res);
      else options.fail?.(res);
      options.complete?.(res);
      if (!hasCallbacks && !ok) throw res;
      return res;
    });
    hooks.track(delivered.catch(() => undefined));
    return hasCallbacks ? undefined : delivered;
  };
  const syncApi = <T>(name: string, impl: (...args: unknown[]) => T) => (...args: unknown[]) => {
    record(name, args);
    return impl(...args);
  };
  const noop = (name: string) => syncApi(name, () => undefined);

  const navigation = Object.fromEntries(
    (['navigateTo', 'redirectTo', 'switchTab', 'reLaunch'] as const).map((kind) => [kind, asyncApi(kind, (o) => hooks.navigate(kind, String(o.url)))]),
  );

  const selectorQuery = () => {
    const query = {
      in: () => query,
      select: () => node,
      selectAll: () => node,
      selectViewport: () => node,
      exec: (cb?: (res: unknown[]) => void) => {
        record('SelectorQuery.exec', null);
        setTimeout(() => cb?.([{ left: 0, top: 0, right: 390, bottom: 40, width: 390, height: 40, scrollTop: 0, scrollLeft: 0 }]), 0);
      },
    };
    const node = { boundingClientRect: () => query, scrollOffset: () => query, fields: () => query, node: () => query, context: () => query };
    return query;
  };

  const api: Record<string, unknown> = {
    env: { USER_DATA_PATH: 'http://usr' },
    canIUse: () => true,
    getSystemInfoSync: syncApi('getSystemInfoSync', () => ({ ...SYSTEM_INFO })),
    getSystemInfo: asyncApi('getSystemInfo', () => ({ ...SYSTEM_INFO })),
    getWindowInfo: syncApi('getWindowInfo', () => ({ ...SYSTEM_INFO })),
    getDeviceInfo: syncApi('getDeviceInfo', () => ({ ...SYSTEM_INFO })),
    getAppBaseInfo: syncApi('getAppBaseInfo', () => ({ ...SYSTEM_INFO })),
    getSystemSetting: syncApi('getSystemSetting', () => ({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true })),
    getAppAuthorizeSetting: syncApi('getAppAuthorizeSetting', () => ({ locationAuthorized: 'not determined', albumAuthorized: 'not determined' })),
    getMenuButtonBoundingClientRect: syncApi('getMenuButtonBoundingClientRect', () => ({ width: 87, height: 32, top: 51, right: 383, bottom: 83, left: 296 })),
    getAccountInfoSync: syncApi('getAccountInfoSync', () => ({ miniProgram: { appId: 'wx-test', envVersion: 'develop', version: '' } })),
    getStorageSync: syncApi('getStorageSync', (key) => (storage.has(String(key)) ? storage.get(String(key)) : '')),
    setStorageSync: syncApi('setStorageSync', (key, value) => void storage.set(String(key), value)),
    removeStorageSync: syncApi('removeStorageSync', (key) => void storage.delete(String(key))),
    clearStorageSync: syncApi('clearStorageSync', () => storage.clear()),
    getStorage: asyncApi('getStorage', (o) => {
      if (!storage.has(String(o.key))) throw new Error('data not found');
      return { data: storage.get(String(o.key)) };
    }),
    setStorage: asyncApi('setStorage', (o) => void storage.set(String(o.key), o.data)),
    removeStorage: asyncApi('removeStorage', (o) => void storage.delete(String(o.key))),
    ...navigation,
    navigateBack: asyncApi('navigateBack', (o) => hooks.back(Number(o.delta ?? 1))),
    showToast: asyncApi('showToast'),
    hideToast: asyncApi('hideToast'),
    showLoading: asyncApi('showLoading'),
    hideLoading: asyncApi('hideLoading'),
    showModal: asyncApi('showModal', () => {
      const confirm = hooks.answers?.modalConfirm ?? true;
      return { confirm, cancel: !confirm };
    }),
    showActionSheet: asyncApi('showActionSheet', () => ({ tapIndex: 0 })),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle'),
    setNavigationBarColor: asyncApi('setNavigationBarColor'),
    showNavigationBarLoading: asyncApi('showNavigationBarLoading'),
    hideNavigationBarLoading: asyncApi('hideNavigationBarLoading'),
    setBackgroundColor: asyncApi('setBackgroundColor'),
    setBackgroundTextStyle: asyncApi('setBackgroundTextStyle'),
    startPullDownRefresh: asyncApi('startPullDownRefresh'),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh'),
    pageScrollTo: asyncApi('pageScrollTo'),
    showTabBar: asyncApi('showTabBar'),
    hideTabBar: asyncApi('hideTabBar'),
    setTabBarBadge: asyncApi('setTabBarBadge'),
    removeTabBarBadge: asyncApi('removeTabBarBadge'),
    showTabBarRedDot: asyncApi('showTabBarRedDot'),
    hideTabBarRedDot: asyncApi('hideTabBarRedDot'),
    showShareMenu: asyncApi('showShareMenu'),
    hideShareMenu: asyncApi('hideShareMenu'),
    updateShareMenu: asyncApi('updateShareMenu'),
    vibrateShort: asyncApi('vibrateShort'),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    createSelectorQuery: syncApi('createSelectorQuery', selectorQuery),
    createIntersectionObserver: syncApi('createIntersectionObserver', () => {
      const observer = { relativeTo: () => observer, relativeToViewport: () => observer, observe: () => undefined, disconnect: () => undefined };
      return observer;
    }),
    createAnimation: syncApi('createAnimation', () => {
      const animation: Record<string, unknown> = { export: () => ({ actions: [] }), step: () => animation };
      for (const m of ['opacity', 'translateX', 'translateY', 'translate', 'scale', 'rotate', 'width', 'height', 'top', 'left', 'backgroundColor']) animation[m] = () => animation;
      return animation;
    }),
    getUpdateManager: syncApi('getUpdateManager', () => ({ onCheckForUpdate: () => undefined, onUpdateReady: () => undefined, onUpdateFailed: () => undefined, applyUpdate: () => undefined })),
    getNetworkType: asyncApi('getNetworkType', () => ({ networkType: 'wifi' })),
    onNetworkStatusChange: noop('onNetworkStatusChange'),
    onAppShow: noop('onAppShow'),
    offAppShow: noop('offAppShow'),
    onAppHide: noop('onAppHide'),
    offAppHide: noop('offAppHide'),
    onError: noop('onError'),
    onUnhandledRejection: noop('onUnhandledRejection'),
    onPageNotFound: noop('onPageNotFound'),
    onThemeChange: noop('onThemeChange'),
    onMemoryWarning: noop('onMemoryWarning'),
    onNeedPrivacyAuthorization: noop('onNeedPrivacyAuthorization'),
    reportAnalytics: noop('reportAnalytics'),
    login: asyncApi('login', () => ({ code: 'test-login-code' })),
    checkSession: asyncApi('checkSession'),
    requestSubscribeMessage: asyncApi('requestSubscribeMessage', (o) => Object.fromEntries(((o.tmplIds ?? []) as string[]).map((id) => [id, 'accept']))),
    requestPayment: asyncApi('requestPayment', async (o) => {
      if ((hooks.answers?.payment ?? 'pay') === 'cancel') throw new Error('cancel');
      await hooks.backend.requestPayment(o);
      return {};
    }),
    setClipboardData: asyncApi('setClipboardData'),
    getClipboardData: asyncApi('getClipboardData', () => ({ data: '' })),
    makePhoneCall: asyncApi('makePhoneCall'),
    scanCode: asyncApi('scanCode', () => {
      throw new Error('cancel');
    }),
    previewImage: asyncApi('previewImage'),
    chooseImage: asyncApi('chooseImage', () => {
      throw new Error('cancel');
    }),
    chooseMedia: asyncApi('chooseMedia', () => {
      throw new Error('cancel');
    }),
    chooseMessageFile: asyncApi('chooseMessageFile', () => {
      throw new Error('cancel');
    }),
    chooseAddress: asyncApi('chooseAddress', () => {
      throw new Error('cancel');
    }),
    chooseLocation: asyncApi('chooseLocation', () => {
      throw new Error('cancel');
    }),
    getImageInfo: asyncApi('getImageInfo', (o) => ({ width: 750, height: 750, path: String(o.src), type: 'png' })),
    compressImage: asyncApi('compressImage', (o) => ({ tempFilePath: String(o.src) })),
    saveImageToPhotosAlbum: asyncApi('saveImageToPhotosAlbum'),
    canvasToTempFilePath: asyncApi('canvasToTempFilePath', () => ({ tempFilePath: 'http://tmp/canvas.png' })),
    getLocation: asyncApi('getLocation', () => ({ latitude: 30.27, longitude: 120.15, accuracy: 30 })),
    openLocation: asyncApi('openLocation'),
    authorize: asyncApi('authorize'),
    getSetting: asyncApi('getSetting', () => ({ authSetting: {} })),
    openSetting: asyncApi('openSetting', () => ({ authSetting: {} })),
    getFileSystemManager: syncApi('getFileSystemManager', () => ({
      readFile: asyncApi('FileSystemManager.readFile', () => ({ data: '' })),
      readFileSync: () => '',
      writeFile: asyncApi('FileSystemManager.writeFile'),
    })),
    cloud: {
      init: syncApi('cloud.init', () => void (cloudReady = true)),
      callFunction: asyncApi('cloud.callFunction', async (o) => {
        // As in WeChat: no cloud API works before wx.cloud.init.
        if (!cloudReady) throw new Error('请先调用 wx.cloud.init() 完成初始化后再调用其他云 API');
        const result = await hooks.backend.callFunction(String(o.name), o.data, hooks.backend.openid);
        return { result, requestID: `req-${calls.length}` };
      }),
      uploadFile: asyncApi('cloud.uploadFile', (o) => ({ fileID: `cloud://test/${String(o.cloudPath)}`, statusCode: 200 })),
      getTempFileURL: asyncApi('cloud.getTempFileURL', (o) => ({ fileList: ((o.fileList ?? []) as string[]).map((fileID) => ({ fileID, tempFileURL: `https://tmp/${fileID}`, status: 0 })) })),
    },
  };
  return { api, calls };
}
