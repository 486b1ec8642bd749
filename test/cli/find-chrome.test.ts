import { describe, expect, it } from 'vitest';
import { chromeNotFoundMessage, findChrome } from '../../cli/find-chrome';
import { chromiumArgs } from '../../cli/pdf-command';

const existing =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('findChrome', () => {
  it('uses --chrome when it is executable', () => {
    expect(
      findChrome({
        flag: '/opt/my-chrome',
        env: { CHROME_PATH: '/usr/bin/chromium' },
        platform: 'linux',
        isExecutable: existing('/opt/my-chrome', '/usr/bin/chromium'),
      }),
    ).toEqual({ ok: true, path: '/opt/my-chrome' });
  });

  it('does not fall back when an explicit --chrome is wrong', () => {
    expect(
      findChrome({
        flag: '/opt/missing',
        env: {},
        platform: 'linux',
        isExecutable: existing('/usr/bin/chromium'),
      }),
    ).toEqual({ ok: false, tried: ['/opt/missing'] });
  });

  it('prefers CHROME_PATH over the usual places', () => {
    expect(
      findChrome({
        flag: null,
        env: { CHROME_PATH: '/custom/chrome' },
        platform: 'linux',
        isExecutable: existing('/custom/chrome', '/usr/bin/chromium'),
      }),
    ).toEqual({ ok: true, path: '/custom/chrome' });
  });

  it('walks the Linux locations in order', () => {
    expect(
      findChrome({
        flag: null,
        env: {},
        platform: 'linux',
        isExecutable: existing('/usr/bin/google-chrome-stable', '/snap/bin/chromium'),
      }),
    ).toEqual({ ok: true, path: '/usr/bin/google-chrome-stable' });
  });

  it('finds Chrome in the macOS application folder', () => {
    expect(
      findChrome({
        flag: null,
        env: {},
        platform: 'darwin',
        isExecutable: existing('/Applications/Chromium.app/Contents/MacOS/Chromium'),
      }),
    ).toEqual({ ok: true, path: '/Applications/Chromium.app/Contents/MacOS/Chromium' });
  });

  it('finds Chrome under %PROGRAMFILES% on Windows', () => {
    expect(
      findChrome({
        flag: null,
        env: { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' },
        platform: 'win32',
        isExecutable: existing('C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'),
      }),
    ).toEqual({
      ok: true,
      path: 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    });
  });

  it('lists everything it tried when nothing is there', () => {
    const result = findChrome({
      flag: null,
      env: { CHROME_PATH: '/custom/chrome' },
      platform: 'linux',
      isExecutable: () => false,
    });
    expect(result).toEqual({
      ok: false,
      tried: [
        '/custom/chrome',
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/snap/bin/chromium',
      ],
    });
  });
});

describe('chromeNotFoundMessage', () => {
  it('lists the paths tried and says how to pass --chrome', () => {
    const message = chromeNotFoundMessage(['/usr/bin/chromium', '/snap/bin/chromium'], false);
    expect(message).toContain('  /usr/bin/chromium\n  /snap/bin/chromium');
    expect(message).toContain('--chrome PATH');
    expect(message).toContain('CHROME_PATH');
  });

  it('names the wrong --chrome path', () => {
    expect(chromeNotFoundMessage(['/opt/missing'], true)).toMatch(
      /^No executable Chrome or Chromium at --chrome \/opt\/missing\./,
    );
  });
});

describe('chromiumArgs', () => {
  it('keeps the sandbox on for a normal user', () => {
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(false)).toContain('--disable-background-networking');
  });

  it('turns the sandbox off only as root, where Chromium will not start with it', () => {
    expect(chromiumArgs(true)[0]).toBe('--no-sandbox');
  });
});
