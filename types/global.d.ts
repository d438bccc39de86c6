/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform being built: decides the runtime (cloud functions or the local HTTP gateway). */
    TARO_ENV: 'weapp' | 'h5' | undefined;
    /** Optional: the mini program appid for this build. */
    TARO_APP_ID?: string;
  }
}
