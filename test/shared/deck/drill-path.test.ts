import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drillPath, parseDrillPath } from '../../../shared/deck/drill-path';

describe('drillPath', () => {
  it('joins plain keys and indexes with dots', () => {
    expect(drillPath('landings', 'influenced', 'landed')).toBe('landings.influenced.landed');
    expect(drillPath('targets', 3, 'actual')).toBe('targets.3.actual');
    expect(drillPath('create', 'channelEfficiency', 'Paid Search', 'pipeline')).toBe(
      'create.channelEfficiency.Paid Search.pipeline',
    );
  });

  it('writes the whole path as a JSON array when a key holds a dot', () => {
    expect(drillPath('create', 'funnelByChannel', 'Web.Inbound', 'mql')).toBe(
      '["create","funnelByChannel","Web.Inbound","mql"]',
    );
  });

  it('writes a JSON array when the first key starts with a bracket', () => {
    expect(drillPath('[odd', 'x')).toBe('["[odd","x"]');
  });

  it('splits every path it writes back into the same keys', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat()), { minLength: 1 }), (segments) => {
        expect(parseDrillPath(drillPath(...segments))).toEqual(segments.map(String));
      }),
    );
  });
});
