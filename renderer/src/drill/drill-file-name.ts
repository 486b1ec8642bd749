/** A CSV file name from a drill-down's title: characters a file system refuses become spaces. */
export function drillFileName(title: string): string {
  // Control characters go too: a title quotes raw CRM values.
  const visible = [...title].map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch)).join('');
  const safe = visible
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `Quarterdeck ${safe || 'drill-down'}.csv`;
}
