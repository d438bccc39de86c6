/** What the functions need from WeChat that has a local stand-in. Only this folder knows the SDKs. */
export interface Platform {
  readonly mode: 'local' | 'wechat';
  /** Renders the mini-program code for a scene and page (once; callers cache the result). */
  createCodeImage(input: { scene: string; page: string }): Promise<{ imageUrl: string; h5Url: string | null }>;
}
