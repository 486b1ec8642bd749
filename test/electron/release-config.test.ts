import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';

const repoRoot = path.resolve(__dirname, '..', '..');

/** The width and height a PNG declares in its IHDR chunk. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The boolean keys an entitlements plist sets to true. */
function grantedEntitlements(plist: string): string[] {
  const withoutComments = plist.replace(/<!--[\s\S]*?-->/g, '');
  return [...withoutComments.matchAll(/<key>([^<]+)<\/key>\s*<(true|false)\s*\/>/g)]
    .filter((m) => m[2] === 'true')
    .map((m) => m[1] ?? '');
}

describe('electron-builder.yml', () => {
  let config: Configuration;

  beforeAll(async () => {
    // electron-builder's own loader: it finds electron-builder.yml exactly as `npm run dist` does.
    config = await getConfig(repoRoot, null, null);
  });

  it('is the file electron-builder loads, and passes its JSON schema', async () => {
    expect(config.appId).toBe('com.quarterdeck.app');
    expect(config.productName).toBe('Quarterdeck');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be refused by the same schema check if an option were misspelt', async () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /configuration\.electronFuses should be/,
    );
  });

  it('sets the fuses: no Node modes, app only from a checked asar, cookies encrypted', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('ships the build output and package.json only: no sources, tests or fixtures', () => {
    // The loader normalises the list into one file set.
    expect(config.files).toEqual([{ filter: ['dist/**', 'package.json'] }]);
  });

  it('covers the main entry of package.json and writes releases outside dist/', async () => {
    const manifest = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      main: string;
      scripts: Record<string, string>;
    };
    expect(manifest.main.startsWith('dist/')).toBe(true);
    expect(manifest.scripts.dist).toMatch(/npm run build && electron-builder/);
    expect(config.directories?.output).toBe('release');
    expect(config.directories?.buildResources).toBe('build');
  });

  it('never publishes or rebuilds native modules during a build', () => {
    expect(config.publish).toBeNull();
    expect(config.npmRebuild).toBe(false);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
  });

  it('signs macOS with the hardened runtime and the entitlements in build/', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('build/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('build/entitlements.mac.plist');
    expect(config.mac?.notarize).toBe(true);
  });

  it('grants macOS nothing but JIT, which V8 needs', async () => {
    const entitlements = config.mac?.entitlements ?? '(none declared)';
    const plist = await readFile(path.join(repoRoot, entitlements), 'utf8');
    expect(plist).toMatch(/^<\?xml/);
    expect(grantedEntitlements(plist)).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('points every platform at an icon in build/ large enough for it', async () => {
    const icons = [config.linux?.icon, config.win?.icon, config.mac?.icon];
    expect(icons).toEqual(['build/icon.png', 'build/icon.png', 'build/icon.png']);
    for (const icon of icons) {
      const file = path.join(repoRoot, icon ?? '(none declared)');
      expect(existsSync(file)).toBe(true);
      // macOS wants at least 512×512 and builds its .icns from it; Windows takes 256×256 and up.
      const { width, height } = await pngSize(file);
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(512);
    }
  });
});
