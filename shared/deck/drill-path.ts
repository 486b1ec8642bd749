/**
 * Writes a figure's place in the report as a drill path: its keys joined by dots
 * (`landings.byDemandSource.marketing.landed`), or, when a key holds a dot or a bracket (a raw
 * lead source such as `Web.Inbound`), the keys as a JSON array (`["create","funnelByChannel",
 * "Web.Inbound","mql"]`), so every path reads back to exactly its keys.
 */
export function drillPath(...segments: readonly (string | number)[]): string {
  const keys = segments.map(String);
  return keys.some((k) => k.includes('.') || k.startsWith('[') || k === '')
    ? JSON.stringify(keys)
    : keys.join('.');
}

/** Reads a drill path back into its keys; `null` when it is not a path `drillPath` writes. */
export function parseDrillPath(path: string): string[] | null {
  if (!path.startsWith('[')) return path === '' ? null : path.split('.');
  try {
    const keys: unknown = JSON.parse(path);
    return Array.isArray(keys) && keys.every((k) => typeof k === 'string') ? keys : null;
  } catch {
    return null;
  }
}
