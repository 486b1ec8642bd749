import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION, parseRuntimeVersions } from '../../../renderer/src/about/versions';

describe('versions on the About screen', () => {
  it('reads the Electron and Chrome versions from an Electron user agent', () => {
    const ua =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) quarterdeck/0.1.0 Chrome/140.0.7339.133 Electron/45.4.1 Safari/537.36';
    expect(parseRuntimeVersions(ua)).toEqual({ electron: '45.4.1', chrome: '140.0.7339.133' });
  });

  it('says there is no Electron in a plain browser', () => {
    const ua =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';
    expect(parseRuntimeVersions(ua)).toEqual({ electron: null, chrome: '156.0.0.0' });
    expect(parseRuntimeVersions('curl/8.0')).toEqual({ electron: null, chrome: null });
  });

  it('shows the version of package.json', () => {
    const manifest = JSON.parse(
      readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(APP_VERSION).toBe(manifest.version);
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
