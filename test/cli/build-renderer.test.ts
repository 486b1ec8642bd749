import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuildReason } from '../../cli/build-renderer';

/** A repository with one renderer source, one shared source and (optionally) a build, at given times. */
function repo(times: { renderer: number; shared: number; built: number | null }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'qd-build-'));
  const write = (file: string, seconds: number) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'x');
    utimesSync(file, seconds, seconds);
  };
  write(path.join(root, 'renderer', 'src', 'App.tsx'), times.renderer);
  write(path.join(root, 'shared', 'metrics', 'landings.ts'), times.shared);
  if (times.built !== null) write(path.join(root, 'dist', 'renderer', 'index.html'), times.built);
  return root;
}

describe('staleBuildReason', () => {
  it('asks for a build when there is none', () => {
    const root = repo({ renderer: 100, shared: 100, built: null });
    expect(staleBuildReason(root, path.join(root, 'dist', 'renderer'))).toBe(
      'dist/renderer is missing',
    );
  });

  it('asks for a build when shared code changed after the last one', () => {
    const root = repo({ renderer: 100, shared: 300, built: 200 });
    expect(staleBuildReason(root, path.join(root, 'dist', 'renderer'))).toMatch(/changed since/);
  });

  it('asks for a build when the renderer changed after the last one', () => {
    const root = repo({ renderer: 300, shared: 100, built: 200 });
    expect(staleBuildReason(root, path.join(root, 'dist', 'renderer'))).toMatch(/changed since/);
  });

  it('uses a build newer than every source', () => {
    const root = repo({ renderer: 100, shared: 150, built: 200 });
    expect(staleBuildReason(root, path.join(root, 'dist', 'renderer'))).toBeNull();
  });
});
