// Two builds from one file. Default: the production task pane for Word -> dist/ (taskpane.html, commands.html, assets,
// manifest with URLs rewritten to ADDIN_PUBLIC_URL), never the simulator or workbench. `--env workbench`: the
// in-browser workbench (simulated Word + the real pane) -> dist/workbench/, served by `npm start` and the e2e tests.
const path = require('node:path');
const { URL } = require('node:url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');

const DEV_URL = 'https://localhost:3000/';

const sharedModule = {
  rules: [
    { test: /\.[jt]sx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } },
    // Sample agreements are imported as their text, like jest's rawTextTransform does.
    { test: /\.txt$/, type: 'asset/source' },
  ],
};

const sharedOptimization = (production) => ({
  minimize: production,
  minimizer: [new EsbuildPlugin({ target: 'es2020', css: true })],
  splitChunks: { chunks: 'async' },
});

function publicUrl() {
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!url) return DEV_URL;
  // Office fetches every manifest URL over https and concatenates paths onto this base.
  if (!/^https:\/\/[^\s]+\/$/.test(url)) throw new Error(`ADDIN_PUBLIC_URL must be an https URL ending in "/", got "${url}".`);
  return url;
}

// URLs get the full base; AppDomains take only the origin (scheme and host), which has no trailing slash.
function rewriteManifest(xml, base) {
  return xml.split(DEV_URL).join(base).split(new URL(DEV_URL).origin).join(new URL(base).origin);
}

function taskPaneConfig(production) {
  const target = production ? publicUrl() : DEV_URL;
  return {
    name: 'taskpane',
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: { taskpane: './src/taskpane/index.tsx', commands: './src/word/commands.ts' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: sharedModule,
    optimization: sharedOptimization(production),
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString(), target) },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
    },
  };
}

function workbenchConfig(production) {
  return {
    name: 'workbench',
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: { workbench: './src/workbench/main.tsx' },
    output: { path: path.resolve(__dirname, 'dist', 'workbench'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: sharedModule,
    optimization: sharedOptimization(production),
    performance: { hints: false },
    devServer: { port: 3000, static: false, hot: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/workbench/workbench.html', chunks: ['workbench'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }] }),
    ],
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  if (env.workbench) return workbenchConfig(production);
  const config = taskPaneConfig(production);
  if (!env.WEBPACK_SERVE) return config;
  // Word only loads add-ins over https; `npx office-addin-dev-certs install` creates and trusts these certificates.
  return require('office-addin-dev-certs')
    .getHttpsServerOptions()
    .then((options) => ({ ...config, devServer: { ...config.devServer, server: { type: 'https', options } } }));
};
