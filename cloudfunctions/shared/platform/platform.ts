/** What the functions need from WeChat that has a local stand-in. Only this folder knows the SDKs. */
export interface Platform {
  readonly mode: 'local' | 'wechat';
  /** Renders the mini-program code image for a scene and page; returns a URL (or cloud file id) to show it. */
  renderCode(input: { scene: string; page: string }): Promise<string>;
  /** Local mode: the H5 URL a code opens. Null in WeChat, where the code opens the mini program itself. */
  h5UrlFor(input: { scene: string; page: string }): string | null;
}
