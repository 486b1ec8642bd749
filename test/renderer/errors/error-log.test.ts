import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import {
  ERROR_LOG_CAP,
  clearErrorLog,
  describeError,
  formatErrorDetails,
  listErrors,
  recordError,
  type ErrorReport,
} from '../../../renderer/src/errors/error-log';
import {
  installErrorHandlers,
  type ErrorSource,
} from '../../../renderer/src/errors/error-handlers';

const opened: QuarterdeckDb[] = [];
let counter = 0;

function freshDb(): QuarterdeckDb {
  counter += 1;
  const database = new QuarterdeckDb(`error-log-test-${counter}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

function report(message: string): ErrorReport {
  return {
    time: '2026-05-14T09:00:00.000Z',
    message,
    stack: null,
    route: '#/deck',
    source: 'error',
  };
}

describe('the local error log', () => {
  it('lists entries newest first', async () => {
    const database = freshDb();
    await recordError(report('first'), database);
    await recordError(report('second'), database);

    expect((await listErrors(database)).map((e) => e.message)).toEqual(['second', 'first']);
  });

  it('keeps only the newest 200 entries', async () => {
    const database = freshDb();
    for (let i = 1; i <= 205; i++) await recordError(report(`error ${i}`), database);

    const entries = await listErrors(database);
    expect(ERROR_LOG_CAP).toBe(200);
    expect(entries).toHaveLength(200);
    expect(entries[0]?.message).toBe('error 205');
    expect(entries.at(-1)?.message).toBe('error 6');
  });

  it('empties on Clear', async () => {
    const database = freshDb();
    await recordError(report('gone'), database);

    await clearErrorLog(database);

    expect(await database.errorLog.count()).toBe(0);
  });

  it('formats entries as plain text with time, source, route, message and stack', () => {
    expect(
      formatErrorDetails([
        {
          ...report('Cannot read properties of null'),
          stack: 'TypeError: x\n    at Deck (deck.tsx:4)',
        },
        { ...report('late'), route: '', source: 'unhandledrejection' },
      ]),
    ).toBe(
      '2026-05-14T09:00:00.000Z  error  #/deck\nCannot read properties of null\nTypeError: x\n    at Deck (deck.tsx:4)' +
        '\n\n2026-05-14T09:00:00.000Z  unhandledrejection  #/\nlate',
    );
  });

  it('describes errors, strings and other thrown values', () => {
    const error = new RangeError('Too far');
    expect(describeError(error)).toEqual({ message: 'Too far', stack: error.stack });
    expect(describeError('plain')).toEqual({ message: 'plain', stack: null });
    expect(describeError({ code: 7 })).toEqual({ message: '{"code":7}', stack: null });
  });
});

describe('the window error handlers', () => {
  function fakeWindow(): ErrorSource & EventTarget {
    const target = new EventTarget() as EventTarget & { location: { hash: string } };
    target.location = { hash: '#/settings' };
    return target;
  }

  it('records an uncaught error and an unhandled rejection with the route', async () => {
    const target = fakeWindow();
    const recorded: ErrorReport[] = [];
    const remove = installErrorHandlers(
      target,
      (r) => {
        recorded.push(r);
        return Promise.resolve();
      },
      () => new Date('2026-05-14T10:00:00.000Z'),
    );

    const errorEvent = Object.assign(new Event('error'), {
      error: new Error('Boom'),
      message: 'Boom',
    });
    target.dispatchEvent(errorEvent);
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'no disk' }));
    remove();
    target.dispatchEvent(Object.assign(new Event('error'), { message: 'after removal' }));
    await Promise.resolve();

    expect(recorded.map((r) => [r.source, r.message, r.route, r.time])).toEqual([
      ['error', 'Boom', '#/settings', '2026-05-14T10:00:00.000Z'],
      ['unhandledrejection', 'no disk', '#/settings', '2026-05-14T10:00:00.000Z'],
    ]);
  });

  it('swallows a failure to record, so logging can never loop', async () => {
    const target = fakeWindow();
    let attempts = 0;
    installErrorHandlers(target, () => {
      attempts += 1;
      return Promise.reject(new Error('DatabaseClosedError'));
    });

    target.dispatchEvent(Object.assign(new Event('error'), { message: 'Script error.' }));
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(attempts).toBe(1);
  });
});
