import { describe, expect, it } from 'vitest';
import { contentTypeFor } from '../../shared/content-types';

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-B2qa.js', 'text/javascript; charset=utf-8'],
    ['C:\\app\\dist\\renderer\\assets\\font.WOFF2', 'font/woff2'],
    ['favicon.svg', 'image/svg+xml'],
  ])('serves %s as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });

  it.each(['README', '.env', 'archive.tar.unknown', 'dir.d/noext'])(
    'serves %s as opaque bytes',
    (file) => {
      expect(contentTypeFor(file)).toBe('application/octet-stream');
    },
  );
});
