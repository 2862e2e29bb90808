import { defineConfig } from 'wxt';

// WXT_E2E=1 builds the automation variant: host permission for the local sample portal
// and globalThis.zxCapture in the service worker. The store build has neither.
const e2e = process.env.WXT_E2E === '1';

export default defineConfig({
  srcDir: '.',
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  manifest: ({ browser, manifestVersion }) => ({
    name: '政协统计助手',
    description: '采集政协门户网站页面中的统计数据，整理为 ZX-01 年度统计报表草稿',
    default_locale: undefined,
    // Firefox has no sidePanel API (WXT maps the panel to sidebar_action) and, in MV2, optional hosts go in optional_permissions.
    permissions: ['activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel']), 'storage', 'contextMenus'],
    host_permissions: e2e ? ['http://127.0.0.1/*'] : [],
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '采集本页' },
    commands: {
      'capture-page': { suggested_key: { default: 'Alt+Shift+Y' }, description: '采集当前页面' },
    },
  }),
  webExt: { disabled: true },
  dev: { server: { port: 3010 } },
  vite: () => ({
    define: { 'import.meta.env.WXT_E2E': JSON.stringify(e2e ? '1' : '') },
  }),
});
