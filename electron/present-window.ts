import { screen } from 'electron';
import type { BrowserWindow, Display } from 'electron';
import type { OpenAudienceResult } from '../shared/ipc-contract';
import { APP_INDEX_URL } from './app-origin';
import { createAudienceWindow, type AudiencePlacement } from './windows';

/** The size of the audience window when there is no second display to fill. */
const WINDOWED = { width: 1280, height: 720 };

/**
 * Where the audience window goes: full screen on the first display other than the
 * presenter's when there is one (the projector or the meeting-room screen), else a
 * 1280 × 720 window centred on the presenter's display.
 */
export function audiencePlacement(
  displays: readonly Pick<Display, 'id' | 'bounds' | 'workArea'>[],
  presenterDisplayId: number | null,
): AudiencePlacement {
  const external = displays.find((d) => d.id !== presenterDisplayId);
  if (displays.length > 1 && external !== undefined) {
    return { bounds: { ...external.bounds }, fullScreen: true };
  }
  const home = displays.find((d) => d.id === presenterDisplayId) ?? displays[0];
  if (home === undefined) return { bounds: { x: 0, y: 0, ...WINDOWED }, fullScreen: false };
  const width = Math.min(WINDOWED.width, home.workArea.width);
  const height = Math.min(WINDOWED.height, home.workArea.height);
  return {
    bounds: {
      x: home.workArea.x + Math.round((home.workArea.width - width) / 2),
      y: home.workArea.y + Math.round((home.workArea.height - height) / 2),
      width,
      height,
    },
    fullScreen: false,
  };
}

/** The present route of the audience window, starting on a 1-based slide. */
export function audienceUrl(slide: number): string {
  return `${APP_INDEX_URL}#/present?slide=${slide}&audience=1`;
}

/** The one audience window of the show, while it is open. */
let audience: BrowserWindow | null = null;

/**
 * Opens the audience window for the presenter view in `presenter` (or brings the open one
 * back, on the given slide). It closes with the presenter's window, so a show never
 * outlives the window that drives it.
 */
export function openAudienceWindow(
  presenter: BrowserWindow | null,
  slide: number,
): OpenAudienceResult {
  const presenterDisplayId =
    presenter === null ? null : screen.getDisplayMatching(presenter.getBounds()).id;
  const placement = audiencePlacement(screen.getAllDisplays(), presenterDisplayId);
  const url = audienceUrl(slide);
  if (audience !== null && !audience.isDestroyed()) {
    void audience.loadURL(url);
    audience.show();
    return { status: 'opened', fullScreen: audience.isFullScreen() };
  }
  const win = createAudienceWindow(url, placement);
  audience = win;
  const closeWithPresenter = () => {
    if (!win.isDestroyed()) win.close();
  };
  presenter?.once('closed', closeWithPresenter);
  win.once('closed', () => {
    if (audience === win) audience = null;
    presenter?.removeListener('closed', closeWithPresenter);
  });
  return { status: 'opened', fullScreen: placement.fullScreen };
}
