import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import {
  app,
  asElectron,
  defaultSession,
  FakeWebContents,
  resetFakeElectron,
  shell,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const {
  hardenWebContents,
  installSecurityHandlers,
  isAllowedRequestUrl,
  isAppUrl,
  openExternalIfAllowed,
} = await import('../../electron/security');

/** A navigation event that remembers whether it was cancelled. */
function navigation(url: string): {
  url: string;
  preventDefault: () => void;
  prevented: () => boolean;
} {
  let prevented = false;
  return {
    url,
    preventDefault: () => {
      prevented = true;
    },
    prevented: () => prevented,
  };
}

/** Captures the single handler a fake was called with. */
function handlerOf<F>(fake: { mock: { calls: unknown[][] } }): F {
  expect(fake.mock.calls).toHaveLength(1);
  return fake.mock.calls[0]?.at(-1) as F;
}

beforeEach(() => resetFakeElectron());

describe('isAppUrl', () => {
  it.each([
    'app://quarterdeck/index.html',
    'app://quarterdeck/index.html#/deck',
    'app://quarterdeck/',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://quarterdeck/index.html',
    'app://evil/index.html',
    'app://quarterdeck.evil.com/',
    'app://evil.com#app://quarterdeck/',
    'https://evil.com/?next=app://quarterdeck/',
    'app://quarterdeck:443/',
    'app://quarterdeck@evil/',
    'app://evil@quarterdeck/',
    'app://quarterdeck\\@evil/',
    'file:///opt/quarterdeck/dist/renderer/index.html',
    'javascript:alert(1)',
    'about:blank',
    'app:quarterdeck',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it.each([
    'app://quarterdeck/assets/app.js',
    'devtools://devtools/bundled/devtools_app.html',
    'data:image/png;base64,AAAA',
    'blob:app://quarterdeck/0b6c3d1e-2f00-4f7a-9d5e-1c2b3a4d5e6f',
  ])('lets the app load %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
  });

  it.each([
    'https://fonts.googleapis.com/css',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/x.js',
    'ftp://example.com/',
  ])('blocks %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('denies window.open and navigation to a foreign origin', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents));

    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://quarterdeck/index.html' })).toEqual({
      action: 'deny',
    });

    const foreign = navigation('https://evil.example/phish');
    contents.emit('will-navigate', foreign);
    expect(foreign.prevented()).toBe(true);

    const lookalike = navigation('app://quarterdeck.evil.com/index.html');
    contents.emit('will-navigate', lookalike);
    expect(lookalike.prevented()).toBe(true);
  });

  it('lets the app navigate within its own origin', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents));
    const own = navigation('app://quarterdeck/index.html#/deck');
    contents.emit('will-navigate', own);
    expect(own.prevented()).toBe(false);
  });

  it('cancels a redirect to a foreign origin but not one within the app', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents));
    const foreign = navigation('https://evil.example/');
    contents.emit('will-redirect', foreign);
    expect(foreign.prevented()).toBe(true);
    const own = navigation('app://quarterdeck/index.html');
    contents.emit('will-redirect', own);
    expect(own.prevented()).toBe(false);
  });

  it('opens an allowlisted https link from window.open in the browser, still denying the window', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents));
    expect(
      contents.windowOpenHandler?.({ url: 'https://help.salesforce.com/s/articleView?id=1' }),
    ).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(
      'https://help.salesforce.com/s/articleView?id=1',
    );
  });

  it('never hands a hostile window.open URL to the browser', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents));
    for (const url of [
      'http://help.salesforce.com/',
      'https://help.salesforce.com.evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://quarterdeck/index.html',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('turns a click on an allowlisted link into the browser, not a navigation', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents));
    const help = navigation('https://knowledge.hubspot.com/crm-setup/export-records');
    contents.emit('will-navigate', help);
    expect(help.prevented()).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(
      'https://knowledge.hubspot.com/crm-setup/export-records',
    );
    const own = navigation('app://quarterdeck/index.html#/deck');
    contents.emit('will-navigate', own);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach a webview', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents));
    const attach = navigation('app://quarterdeck/index.html');
    contents.emit('will-attach-webview', attach);
    expect(attach.prevented()).toBe(true);
  });
});

describe('openExternalIfAllowed', () => {
  it('opens the normalised URL and says so', () => {
    expect(openExternalIfAllowed('https://HELP.salesforce.com/a b')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://help.salesforce.com/a%20b');
  });

  it('refuses a hostile URL without touching the shell', () => {
    expect(openExternalIfAllowed('https://evil.example/')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('survives a browser that fails to open', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(openExternalIfAllowed('https://help.salesforce.com/')).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});

describe('installSecurityHandlers', () => {
  it('hardens every webContents the app creates', () => {
    installSecurityHandlers();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.count('will-navigate')).toBe(1);
    expect(contents.count('will-attach-webview')).toBe(1);
  });

  it('denies every permission the app does not use, even to its own pages', () => {
    installSecurityHandlers();
    const request = handlerOf<
      (
        wc: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { requestingUrl?: string },
      ) => void
    >(defaultSession.setPermissionRequestHandler);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      request(new FakeWebContents(), permission, callback, {
        requestingUrl: 'app://quarterdeck/index.html',
      });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    const check = handlerOf<(wc: unknown, permission: string, origin: string) => boolean>(
      defaultSession.setPermissionCheckHandler,
    );
    expect(check(new FakeWebContents(), 'media', 'app://quarterdeck')).toBe(false);
  });

  it('grants full screen, persistent storage and clipboard writing to the app only', () => {
    installSecurityHandlers();
    const request = handlerOf<
      (
        wc: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { requestingUrl?: string },
      ) => void
    >(defaultSession.setPermissionRequestHandler);
    const check = handlerOf<(wc: unknown, permission: string, origin: string) => boolean>(
      defaultSession.setPermissionCheckHandler,
    );
    for (const permission of ['fullscreen', 'persistent-storage', 'clipboard-sanitized-write']) {
      const ours = vi.fn();
      request(new FakeWebContents(), permission, ours, {
        requestingUrl: 'app://quarterdeck/index.html#/present',
      });
      expect(ours).toHaveBeenCalledExactlyOnceWith(true);
      expect(check(new FakeWebContents(), permission, 'app://quarterdeck')).toBe(true);

      const foreign = vi.fn();
      request(new FakeWebContents(), permission, foreign, {
        requestingUrl: 'https://evil.example/',
      });
      expect(foreign).toHaveBeenCalledExactlyOnceWith(false);
      expect(check(new FakeWebContents(), permission, 'https://evil.example')).toBe(false);
      expect(check(null, permission, 'app://quarterdeck.evil.example')).toBe(false);
    }
  });

  it('cancels requests that would leave the app origin', () => {
    installSecurityHandlers();
    const onBefore = handlerOf<
      (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void
    >(defaultSession.webRequest.onBeforeRequest);
    const outside = vi.fn();
    onBefore({ url: 'https://tracker.example/pixel.gif' }, outside);
    expect(outside).toHaveBeenCalledExactlyOnceWith({ cancel: true });
    const inside = vi.fn();
    onBefore({ url: 'app://quarterdeck/assets/app.js' }, inside);
    expect(inside).toHaveBeenCalledExactlyOnceWith({ cancel: false });
  });
});
