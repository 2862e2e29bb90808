import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_EXT_DIR, FIREFOX_EXT_DIR, STORE_EXT_DIR, hasChromium } from './harness';

// The store build (built by global-setup) must not carry the automation hooks.
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('store build', () => {
  it('asks for no host permissions, only the declared API permissions, and injects no content script', () => {
    const m = manifest(STORE_EXT_DIR);
    expect(m.host_permissions ?? []).toEqual([]);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
    expect(m.content_scripts).toBeUndefined();
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m.commands['capture-page'].suggested_key.default).toBe('Alt+Shift+Y');
    expect(m.side_panel.default_path).toBe('sidepanel.html');
  });

  it('has no zxCapture in its service worker, and the capture script is shipped', () => {
    expect(readFileSync(join(STORE_EXT_DIR, 'background.js'), 'utf8')).not.toMatch(/zxCapture/);
    expect(existsSync(join(STORE_EXT_DIR, 'capture.js'))).toBe(true);
  });
});

describe.skipIf(!hasChromium())('automation build (WXT_E2E=1)', () => {
  it('adds host permission for 127.0.0.1 and exposes zxCapture', () => {
    expect(manifest(E2E_EXT_DIR).host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(readFileSync(join(E2E_EXT_DIR, 'background.js'), 'utf8')).toMatch(/\bzxCapture\b/);
  });
});

it('keeps the capture script free of zod and opencc', () => {
  const js = readFileSync(join(STORE_EXT_DIR, 'capture.js'), 'utf8');
  expect(js).not.toMatch(/ZodError|opencc/i);
  expect(readdirSync(STORE_EXT_DIR)).toContain('sidepanel.html');
});

describe('Firefox build (wxt build -b firefox)', () => {
  it('builds an MV2 sidebar with the same capture script and no host permissions', () => {
    const m = manifest(FIREFOX_EXT_DIR);
    expect(m.manifest_version).toBe(2);
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(m.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(existsSync(join(FIREFOX_EXT_DIR, 'capture.js'))).toBe(true);
    expect(readFileSync(join(FIREFOX_EXT_DIR, 'background.js'), 'utf8')).not.toMatch(/zxCapture/);
  });
});
