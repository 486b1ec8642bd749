/** Where to look and how to check a path, passed in so the search is testable without a real disk. */
export interface FindChromeInput {
  /** `--chrome PATH`, tried first and alone when given. */
  flag: string | null;
  /** The environment, for CHROME_PATH and Windows' program folders. */
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** Whether an executable file exists at a path. */
  isExecutable: (path: string) => boolean;
}

/** The browser found, or every path that was tried, for the error message. */
export type FindChromeResult = { ok: true; path: string } | { ok: false; tried: string[] };

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

const MAC = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function windowsPaths(env: FindChromeInput['env']): string[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
    (root): root is string => root !== undefined && root !== '',
  );
  return roots.flatMap((root) => [
    `${root}\\Google\\Chrome\\Application\\chrome.exe`,
    `${root}\\Chromium\\Application\\chrome.exe`,
  ]);
}

/** The usual install locations of Chrome and Chromium for a platform, in the order to try them. */
export function usualChromePaths(platform: NodeJS.Platform, env: FindChromeInput['env']): string[] {
  if (platform === 'darwin') return MAC;
  if (platform === 'win32') return windowsPaths(env);
  return LINUX;
}

/**
 * Finds Chrome or Chromium: `--chrome` (and only it, when given: a wrong explicit path
 * must not silently fall back), then $CHROME_PATH, then the platform's usual places.
 */
export function findChrome(input: FindChromeInput): FindChromeResult {
  const candidates =
    input.flag !== null
      ? [input.flag]
      : [
          ...(input.env.CHROME_PATH ? [input.env.CHROME_PATH] : []),
          ...usualChromePaths(input.platform, input.env),
        ];
  const found = candidates.find((p) => input.isExecutable(p));
  return found === undefined ? { ok: false, tried: candidates } : { ok: true, path: found };
}

/** The message for when no browser was found: what was tried and how to point at one. */
export function chromeNotFoundMessage(tried: readonly string[], fromFlag: boolean): string {
  const lines = [
    fromFlag
      ? `No executable Chrome or Chromium at --chrome ${tried[0] ?? ''}.`
      : 'Could not find Chrome or Chromium to print the PDF. Tried:',
    ...(fromFlag ? [] : tried.map((p) => `  ${p}`)),
    'Install Chrome or Chromium, or pass its executable with --chrome PATH (or set CHROME_PATH).',
  ];
  return lines.join('\n');
}
