import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// config/aliases.js derives every alias from tsconfig.json `paths`, the one alias source.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { directoryAliases } = require('./aliases') as { directoryAliases: () => Record<string, string> };

/** NutUI React Taro is drawn on a 375 px canvas; so is this app. Kept as a function so a future change of the
 *  app's design width cannot shrink NutUI's own styles. */
const APP_DESIGN_WIDTH = 375;
const NUTUI_DESIGN_WIDTH = 375;

function designWidth(input?: unknown): number {
  const file = (input as { file?: string } | undefined)?.file ?? '';
  return file.replace(/\\+/g, '/').includes('@nutui') ? NUTUI_DESIGN_WIDTH : APP_DESIGN_WIDTH;
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'wei-fenxiao',
    date: '2025-11-23',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: ['@tarojs/plugin-framework-react', '@tarojs/plugin-platform-h5', '@tarojs/plugin-platform-weapp'],
    alias: directoryAliases(),
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
