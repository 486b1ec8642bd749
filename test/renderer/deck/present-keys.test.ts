import { describe, expect, it } from 'vitest';
import { presentAction, type PresentKeyEvent } from '../../../renderer/src/present/present-keys';

/** A plain key press on the presentation itself. */
const press = (key: string, extra: Partial<PresentKeyEvent> = {}): PresentKeyEvent => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: { tagName: 'DIV' },
  targetInStage: true,
  ...extra,
});

describe('present-mode keys', () => {
  it('steps, jumps and leaves with the usual presenter keys', () => {
    expect(presentAction(press('ArrowRight'))).toBe('next');
    expect(presentAction(press(' '))).toBe('next');
    expect(presentAction(press('Enter'))).toBe('next');
    expect(presentAction(press('PageUp'))).toBe('previous');
    expect(presentAction(press('Home'))).toBe('first');
    expect(presentAction(press('End'))).toBe('last');
    expect(presentAction(press('Escape'))).toBe('leave');
    expect(presentAction(press('x'))).toBeNull();
  });

  it('works when nothing in particular has focus (the body)', () => {
    expect(
      presentAction(press('ArrowLeft', { target: { tagName: 'BODY' }, targetInStage: false })),
    ).toBe('previous');
  });

  it('leaves Alt, Ctrl and Meta shortcuts to the browser and the system', () => {
    expect(presentAction(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(presentAction(press('Home', { ctrlKey: true }))).toBeNull();
    expect(presentAction(press('ArrowRight', { metaKey: true }))).toBeNull();
  });

  it('leaves keys aimed at a control outside the stage, e.g. a dialog’s button, to that control', () => {
    for (const tagName of ['BUTTON', 'A', 'INPUT', 'TEXTAREA', 'SELECT', 'button']) {
      expect(
        presentAction(press('Enter', { target: { tagName }, targetInStage: false })),
        tagName,
      ).toBeNull();
    }
    expect(
      presentAction(
        press(' ', { target: { tagName: 'DIV', isContentEditable: true }, targetInStage: false }),
      ),
    ).toBeNull();
  });

  it('still acts on a control inside the presentation stage', () => {
    expect(
      presentAction(press('Enter', { target: { tagName: 'BUTTON' }, targetInStage: true })),
    ).toBe('next');
  });
});
