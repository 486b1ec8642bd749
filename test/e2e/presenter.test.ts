import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, openApp, type AppHarness } from './app-harness';

/** The words typed into the second slide's notes, to find them again in the presenter view. */
const NOTES = 'Pause on the Enterprise bar: the board will ask about it.';

describe('presenting with the presenter view and an audience window', () => {
  let app: AppHarness;
  let presenter: Page;
  let audience: Page;
  /** The number of shown slides, read from the presenter view. */
  let count = 0;

  /** Waits until the audience window shows slide `n` (1-based), as its counter says. */
  const audienceOn = (n: number) =>
    expect
      .poll(() => audience.getByTestId('slide-counter').innerText(), { timeout: 5000 })
      .toBe(`${n} / ${count}`);

  /** Waits until the presenter view says it is on slide `n`. */
  const presenterOn = (n: number) =>
    expect
      .poll(() => presenter.getByTestId('presenter-position').innerText(), { timeout: 5000 })
      .toBe(`Slide ${n} of ${count}`);

  /** The "Go to slide" prompt as one line of words. */
  const prompt = async () =>
    (await presenter.getByTestId('show-prompt').innerText()).replace(/\s+/g, ' ').trim();

  /** Whether both windows show the same slide, by its id. */
  const sameSlide = async () =>
    (await presenter.getByTestId('presenter-current').getAttribute('data-slide-id')) ===
    (await audience.getByTestId('present-slide').getAttribute('data-slide-id'));

  beforeAll(async () => {
    app = await openApp();
    presenter = app.page;
    await presenter.getByTestId('load-sample').click();
    await presenter.getByTestId('deck-editor').waitFor({ timeout: 60_000 });
    const shown = presenter.locator(
      '[data-testid="slide-thumb"][data-hidden="false"][data-unavailable="false"]',
    );
    await shown.nth(1).locator('.qd-thumb__preview').click();
    const notes = presenter.getByTestId('notes-input');
    await notes.fill(NOTES);
    // The editor saves after a pause in typing; the audience window reads the saved deck.
    await presenter.waitForTimeout(1500);
  });

  afterAll(async () => {
    await app.close();
  });

  it('opens the audience window from the deck editor and turns this window into the presenter view', async () => {
    const popup = app.context.waitForEvent('page');
    await presenter.getByTestId('presenter-view').click();
    audience = await popup;
    await presenter.getByTestId('presenter-screen').waitFor();
    await audience.getByTestId('present-screen').waitFor();
    expect(audience.url()).toMatch(/#\/present\?slide=1&audience=1$/);
    expect(presenter.url()).toMatch(/#\/presenter\?slide=1$/);
    const position = presenter.getByTestId('presenter-position');
    // "Slide 0 of 0" until the deck is drawn.
    await expect.poll(() => position.innerText(), { timeout: 30_000 }).toMatch(/^Slide 1 of \d+$/);
    count = Number(/(\d+)$/.exec(await position.innerText())?.[1]);
    expect(count).toBeGreaterThanOrEqual(8);
    await audienceOn(1);
    await expect
      .poll(() => presenter.getByTestId('audience-status').innerText(), { timeout: 5000 })
      .toBe('Audience window open');
    await expect(presenter.getByTestId('elapsed').innerText()).resolves.toBe('00:00');
  });

  it('moves the audience when the presenter presses →, and shows the next slide and its notes', async () => {
    await presenter.keyboard.press('ArrowRight');
    await presenterOn(2);
    await audienceOn(2);
    await expect.poll(sameSlide).toBe(true);
    await expect(presenter.getByTestId('presenter-notes').innerText()).resolves.toBe(NOTES);
    await presenter.keyboard.press('Space');
    await audienceOn(3);
    await presenter.keyboard.press('PageUp');
    await audienceOn(2);
    await presenter.keyboard.press('n');
    await audienceOn(3);
    await presenter.keyboard.press('p');
    await audienceOn(2);
  });

  it('runs the timer from the first move, with pause, reset and a pacing bar', async () => {
    const elapsed = presenter.getByTestId('elapsed');
    await expect.poll(() => elapsed.innerText(), { timeout: 5000 }).not.toBe('00:00');
    await expect(presenter.getByTestId('timer-toggle').innerText()).resolves.toBe('Pause');
    await presenter.getByTestId('timer-toggle').click();
    const held = await elapsed.innerText();
    await presenter.waitForTimeout(1200);
    await expect(elapsed.innerText()).resolves.toBe(held);
    await presenter.getByTestId('timer-reset').click();
    await expect(elapsed.innerText()).resolves.toBe('00:00');
    await presenter.getByTestId('timer-toggle').click();
    await expect.poll(() => elapsed.innerText(), { timeout: 5000 }).not.toBe('00:00');

    // Two minutes per shown slide by default, editable; slide 2's slot starts 1/count in.
    const planned = presenter.getByTestId('planned-minutes');
    await expect(planned.inputValue()).resolves.toBe(String(count * 2));
    await expect(presenter.getByTestId('pacing').getAttribute('data-status')).resolves.toBe(
      'ahead',
    );
    await planned.fill('0');
    await expect(presenter.getByRole('alert').innerText()).resolves.toBe(
      'Planned duration: 0 minutes is out of range; use 1 to 600.',
    );
    await planned.fill('45');
    await planned.press('Enter');
    await expect(presenter.getByTestId('presenter-screen').innerText()).resolves.toContain(
      'of 45:00 planned',
    );
    await expect(presenter.getByTestId('pacing-text').innerText()).resolves.toMatch(/ahead$/);
    // Back to the show: keys drive it again once the field is left.
    await presenter.keyboard.press('ArrowRight');
    await audienceOn(3);
    await presenter.keyboard.press('ArrowLeft');
    await audienceOn(2);
  });

  it('blacks the audience screen with B, and brings the slide back with B', async () => {
    await presenter.keyboard.press('b');
    await audience.getByTestId('blank-screen').waitFor({ timeout: 5000 });
    await expect(audience.getByTestId('present-screen').getAttribute('data-blank')).resolves.toBe(
      'black',
    );
    await presenter.getByTestId('presenter-blanked').waitFor();
    await audience.screenshot({ path: join(artifactsDir, 'presenter-audience-black.png') });
    await presenter.keyboard.press('b');
    await audience.getByTestId('blank-screen').waitFor({ state: 'detached', timeout: 5000 });
    // The full stop does the same; a move brings the slide back without moving.
    await presenter.keyboard.press('.');
    await audience.getByTestId('blank-screen').waitFor({ timeout: 5000 });
    await presenter.keyboard.press('ArrowRight');
    await audience.getByTestId('blank-screen').waitFor({ state: 'detached', timeout: 5000 });
    await audienceOn(2);
  });

  it('goes to a slide by typing its number and Enter, and refuses one that does not exist', async () => {
    await presenter.keyboard.type(String(count - 1));
    await expect(prompt()).resolves.toBe(`Go to slide ${count - 1} Enter ↵`);
    await presenter.keyboard.press('Enter');
    await presenterOn(count - 1);
    await audienceOn(count - 1);
    await presenter.keyboard.type('99');
    await presenter.keyboard.press('Enter');
    await expect(prompt()).resolves.toBe(
      `There is no slide 99: the deck has slides 1 to ${count}.`,
    );
    await audienceOn(count - 1);
    await presenter.keyboard.press('End');
    await audienceOn(count);
    await expect(presenter.getByTestId('presenter-next').innerText()).resolves.toBe('End of deck');
    await presenter.keyboard.press('Home');
    await audienceOn(1);
  });

  it('picks a slide in the overview grid with the arrows and Enter, or with a click', async () => {
    await presenter.keyboard.press('g');
    const overview = presenter.getByTestId('overview');
    await overview.waitFor();
    await expect(presenter.getByTestId('overview-slide').count()).resolves.toBe(count);
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('Enter');
    await overview.waitFor({ state: 'detached' });
    await audienceOn(3);
    await presenter.getByTestId('open-overview').click();
    await presenter.getByTestId('overview-slide').nth(4).click();
    await overview.waitFor({ state: 'detached' });
    await presenterOn(5);
    await audienceOn(5);
    await expect.poll(sameSlide).toBe(true);
  });

  it('lists every key on ?, and closes the list with Esc without ending the show', async () => {
    await presenter.keyboard.press('?');
    const help = presenter.getByTestId('key-help');
    await help.waitFor();
    const text = await help.innerText();
    for (const line of ['Next slide', 'Black screen', 'Go to the slide with that number']) {
      expect(text).toContain(line);
    }
    await presenter.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await presenter.getByTestId('presenter-screen').waitFor();
  });

  it('takes the same keys in the audience window, and the presenter view follows', async () => {
    await audience.keyboard.press('ArrowRight');
    await presenterOn(6);
    await audience.keyboard.press('b');
    await presenter.getByTestId('presenter-blanked').waitFor({ timeout: 5000 });
    await audience.keyboard.press('b');
    await presenter.getByTestId('presenter-blanked').waitFor({ state: 'detached', timeout: 5000 });
    await audience.keyboard.type('2');
    await audience.keyboard.press('Enter');
    await presenterOn(2);
    await audience.keyboard.press('g');
    await audience.getByTestId('overview').waitFor();
    await audience.keyboard.press('ArrowRight');
    await audience.keyboard.press('Enter');
    await audience.getByTestId('overview').waitFor({ state: 'detached' });
    await presenterOn(3);
    await audienceOn(3);
  });

  it('ends the show with Esc: the audience window closes and the editor comes back', async () => {
    const closed = audience.waitForEvent('close');
    await presenter.keyboard.press('Escape');
    await presenter.getByTestId('deck-editor').waitFor();
    await closed;
    expect(audience.isClosed()).toBe(true);
  });

  it('made no request outside the app during the whole show', () => {
    expect(app.foreignRequests).toEqual([]);
  });
});
