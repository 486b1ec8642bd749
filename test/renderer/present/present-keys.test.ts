import { describe, expect, it } from 'vitest';
import {
  digitOf,
  KEY_HELP,
  moveInGrid,
  presentAction,
  typeDigit,
  typedSlide,
  type PresentKeyEvent,
} from '../../../renderer/src/present/present-keys';
import { overviewColumns } from '../../../renderer/src/present/use-show';

/** A plain key press with nothing in particular focused. */
const press = (key: string, extra: Partial<PresentKeyEvent> = {}): PresentKeyEvent => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: { tagName: 'BODY' },
  targetInStage: false,
  ...extra,
});

describe('the keys of a show', () => {
  it('step with N and P as well as the arrows and page keys', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown', 'n', 'N']) {
      expect(presentAction(press(key)), key).toBe('next');
    }
    for (const key of ['ArrowLeft', 'PageUp', 'p', 'P', 'Backspace']) {
      expect(presentAction(press(key)), key).toBe('previous');
    }
  });

  it('black out with B or the full stop, white out with W or the comma', () => {
    expect(presentAction(press('b'))).toBe('black');
    expect(presentAction(press('B'))).toBe('black');
    expect(presentAction(press('.'))).toBe('black');
    expect(presentAction(press('w'))).toBe('white');
    expect(presentAction(press(','))).toBe('white');
  });

  it('open the overview with G or O and the key help with ?', () => {
    expect(presentAction(press('g'))).toBe('overview');
    expect(presentAction(press('O'))).toBe('overview');
    expect(presentAction(press('?'))).toBe('help');
  });

  it('still drive the show from a focused button, except Enter and Space, which press it', () => {
    const onButton = { target: { tagName: 'BUTTON' } };
    expect(presentAction(press('ArrowRight', onButton))).toBe('next');
    expect(presentAction(press('b', onButton))).toBe('black');
    expect(presentAction(press('Enter', onButton))).toBeNull();
    expect(presentAction(press(' ', onButton))).toBeNull();
  });

  it('leave every key typed into a field to the field', () => {
    for (const key of ['ArrowRight', 'b', 'Backspace', 'Escape']) {
      expect(presentAction(press(key, { target: { tagName: 'INPUT' } })), key).toBeNull();
    }
  });
});

describe('go to a slide by number', () => {
  it('types digits, up to four', () => {
    expect(digitOf('7')).toBe('7');
    expect(digitOf('a')).toBeNull();
    expect(digitOf('F1')).toBeNull();
    expect(typeDigit(typeDigit('', '1'), '2')).toBe('12');
    expect(typeDigit('1234', '5')).toBe('1234');
  });

  it('goes to slides 1 to n and says which numbers exist otherwise', () => {
    expect(typedSlide('3', 8)).toEqual({ ok: true, index: 2 });
    expect(typedSlide('08', 8)).toEqual({ ok: true, index: 7 });
    expect(typedSlide('9', 8)).toEqual({
      ok: false,
      message: 'There is no slide 9: the deck has slides 1 to 8.',
    });
    expect(typedSlide('0', 8).ok).toBe(false);
  });
});

describe('the overview grid', () => {
  it('moves the highlight by one across and by a row up and down, within the deck', () => {
    // 14 slides in 5 columns: 0-4, 5-9, 10-13.
    const columns = overviewColumns(14);
    expect(columns).toBe(5);
    expect(moveInGrid('ArrowRight', 4, 14, columns)).toBe(5);
    expect(moveInGrid('ArrowLeft', 0, 14, columns)).toBe(0);
    expect(moveInGrid('ArrowDown', 2, 14, columns)).toBe(7);
    expect(moveInGrid('ArrowDown', 9, 14, columns)).toBe(9);
    expect(moveInGrid('ArrowUp', 12, 14, columns)).toBe(7);
    expect(moveInGrid('ArrowUp', 3, 14, columns)).toBe(3);
    expect(moveInGrid('End', 3, 14, columns)).toBe(13);
    expect(moveInGrid('Home', 9, 14, columns)).toBe(0);
    expect(moveInGrid('Enter', 9, 14, columns)).toBeNull();
  });
});

describe('the key help', () => {
  it('lists every key the show answers to, with what it does', () => {
    const row = (does: string) => KEY_HELP.find((r) => r.does === does)?.keys;
    expect(row('Next slide')).toEqual(['→', '↓', 'Space', 'Page Down', 'Enter', 'N']);
    expect(row('Previous slide')).toEqual(['←', '↑', 'Page Up', 'Backspace', 'P']);
    expect(row('Go to the slide with that number')).toEqual(['1 2 3 … then Enter']);
    expect(KEY_HELP.find((r) => r.keys.includes('B'))?.does).toMatch(/^Black screen/);
    expect(KEY_HELP.find((r) => r.keys.includes('G'))?.keys).toEqual(['G', 'O']);
    expect(KEY_HELP.find((r) => r.keys.includes('Esc'))?.does).toMatch(/end the show/);
    expect(KEY_HELP.map((r) => r.does)).toContain('Show or hide this list of keys');
  });
});
