import { describe, expect, it } from 'vitest';
import { saveErrorMessage } from '../../../renderer/src/deck/save-error';

describe('the deck save failure sentence', () => {
  it('says the disk is full for a quota error wrapped by Dexie', () => {
    const inner = Object.assign(new Error('The quota has been exceeded.'), {
      name: 'QuotaExceededError',
    });
    const wrapped = Object.assign(new Error('QuotaExceededError The quota has been exceeded.'), {
      name: 'AbortError',
      inner,
    });
    expect(saveErrorMessage(wrapped)).toBe(
      'The deck could not be saved: the disk is full. Your edits are kept on this screen until you close the app. Free some disk space, then press Try again.',
    );
  });

  it('repeats any other failure’s own message', () => {
    expect(saveErrorMessage(new Error('Database connection is closed.'))).toBe(
      'The deck could not be saved: Database connection is closed. Your edits are kept on this screen until you close the app. Press Try again to save them.',
    );
  });
});
