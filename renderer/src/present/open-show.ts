import {
  BRIDGE_GLOBAL,
  type OpenAudienceResult,
  type QuarterdeckBridge,
} from '../../../shared/ipc-contract';
import { navigate } from '../routing';

/** The desktop shell's bridge when it can open an audience window, or `null` in a plain browser. */
function audienceBridge(): Pick<QuarterdeckBridge, 'openAudience'> | null {
  const value: unknown = Reflect.get(window, BRIDGE_GLOBAL);
  if (typeof value !== 'object' || value === null) return null;
  return Reflect.get(value, 'isDesktop') === true &&
    typeof Reflect.get(value, 'openAudience') === 'function'
    ? (value as QuarterdeckBridge)
    : null;
}

/** The browser window name of the audience window, so opening it again reuses the same one. */
export const AUDIENCE_WINDOW_NAME = 'quarterdeck-audience';

/** What opening the audience window came to. */
export type AudienceOutcome =
  | OpenAudienceResult
  | { status: 'blocked'; message: string }
  | { status: 'failed'; message: string };

/**
 * Opens the audience window on a 1-based slide: through the shell on the desktop (full
 * screen on a second display when there is one), or as a browser pop-up. Must be called
 * straight from a click, or the browser blocks the pop-up.
 */
export function openAudienceWindow(slide: number): Promise<AudienceOutcome> {
  const bridge = audienceBridge();
  if (bridge) {
    return bridge.openAudience({ slide }).catch((error: unknown) => ({
      status: 'failed' as const,
      message: `The audience window could not open: ${error instanceof Error ? error.message : String(error)}`,
    }));
  }
  const url = `${window.location.pathname}${window.location.search}#/present?slide=${slide}&audience=1`;
  const opened = window.open(url, AUDIENCE_WINDOW_NAME, 'popup,width=1280,height=720');
  return Promise.resolve(
    opened === null
      ? {
          status: 'blocked',
          message:
            'The browser blocked the audience window. Allow pop-ups for Quarterdeck, then choose “Open audience window”.',
        }
      : { status: 'opened', fullScreen: false },
  );
}

/** Starts a presenter-view show: the audience window opens and this window becomes the presenter view. */
export function startPresenterView(slide = 1): void {
  void openAudienceWindow(slide);
  navigate('presenter', { slide: String(slide) });
}
