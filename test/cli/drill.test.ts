import { describe, expect, it } from 'vitest';
import type { DrillResult } from '../../shared/drill';
import { parseCliArgs } from '../../cli/args';
import { runCommandLine } from '../../cli/run';
import { captureIo } from './capture-io';

/** Runs a command line in process: its exit code and what it printed. */
async function run(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const captured = captureIo();
  const code = await runCommandLine(argv, captured.io);
  return { code, out: captured.stdout(), err: captured.stderr() };
}

describe('cli drill', { timeout: 60_000 }, () => {
  it('lists the records behind landed on the sample, their sum equal to the report’s figure', async () => {
    const report = await run(['report', '--sample', '--as-of', '2026-02-15']);
    const landed = (JSON.parse(report.out) as { landings: { landed: number } }).landings.landed;
    const drill = await run([
      'drill',
      'landings.landed',
      '--sample',
      '--as-of',
      '2026-02-15',
      '--format',
      'json',
    ]);
    expect(drill.code).toBe(0);
    const result = JSON.parse(drill.out) as DrillResult;
    expect(result.rows).toHaveLength(result.count);
    expect(result.count).toBeGreaterThan(0);
    expect(Math.round((result.sum ?? NaN) * 100)).toBe(Math.round(landed * 100));
  });

  it('writes CSV by default: the column labels, then one line per record', async () => {
    const json = await run([
      'drill',
      'create.createdCount',
      '--sample',
      '--as-of',
      '2026-02-15',
      '--format',
      'json',
    ]);
    const { count } = JSON.parse(json.out) as DrillResult;
    const csv = await run(['drill', 'create.createdCount', '--sample', '--as-of', '2026-02-15']);
    const lines = csv.out.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(
      '"Opportunity id","Name","Account","Lead source","Demand source","Segment","Status","Stage","Created","Close date","Amount"',
    );
    expect(lines).toHaveLength(count + 1);
  });

  it('prints a text table headed by the count and the sum', async () => {
    const table = await run([
      'drill',
      'integrity.undated',
      '--sample',
      '--as-of',
      '2026-02-15',
      '--format',
      'table',
    ]);
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[1]).toMatch(/^\d+ records · Σ /);
  });

  it('names an unknown path and exits 2', async () => {
    const r = await run(['drill', 'landings.nothing', '--sample', '--as-of', '2026-02-15']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"landings.nothing" is not a figure the drill-down knows');
  });

  it('asks for the path when none is given, and refuses an unknown format', () => {
    expect(parseCliArgs(['drill', '--sample'])).toMatchObject({ ok: false });
    expect(parseCliArgs(['drill', 'landings.landed', '--sample', '--format', 'md'])).toEqual({
      ok: false,
      error: '--format must be csv, json or table for drill, got "md".',
    });
  });
});
