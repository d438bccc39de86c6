import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// config/aliases.js derives every alias from tsconfig.json `paths`, the one alias source.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { directoryAliases } = require('./aliases') as { directoryAliases: () => Record<string, string> };

/**
 * NutUI React Taro is drawn on a 375 px canvas, and so is this app, so one number serves both. Taro copies this value
 * into the client bundle for `Taro.pxTransform`; a function would be copied as source text, without the names it
 * refers to, so if the app ever moves to 750 the function must be self-contained.
 */
const DESIGN_WIDTH = 375;

/**
 * The CloudBase environment the mini program calls (`wx.cloud.init`). Taro inlines `TARO_APP_*` values from the
 * `.env` files (`.env`, `.env.production`…), which win; a variable of the shell that runs the build is the
 * fallback (CI, tests). Inlined as a string so no `process.env` reference is left in the weapp bundle: WeChat's
 * logic layer has no `process`.
 */
const CLOUD_ENV_FALLBACK = { TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? '') };

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'wei-fenxiao',
    date: '2025-11-23',
    designWidth: DESIGN_WIDTH,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: ['@tarojs/plugin-framework-react', '@tarojs/plugin-platform-h5', '@tarojs/plugin-platform-weapp'],
    alias: directoryAliases(),
    env: CLOUD_ENV_FALLBACK,
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      webpackChain(chain) {
        // Taro splits only the initial chunk; every page is an async chunk, so without this each page chunk carries
        // its own copy of the component library, NutUI and the services (≈400 KB each). Share them instead.
        const splitChunks = chain.optimization.get('splitChunks') as Record<string, unknown> | false | undefined;
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' });
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
