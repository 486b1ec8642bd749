import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const HEADER =
  '"Campaign Name","Campaign Type","Member Status","Responded","First Responded Date","Created Date","Lead ID","Contact ID","Company / Account","Email"';

const CAMPAIGNS = [
  ['2026 Q1 Webinar - Pipeline Hygiene Live', 'Webinar'],
  ['2026 Q1 Paid Search - Google Ads - Brand', 'Paid Search'],
  ['2026 Q2 Trade Show - SaaStr Annual', 'Trade Show'],
  ['2026 Q2 Content Syndication - Forrester', 'Content Syndication'],
  ['2026 Q3 Email Nurture - Mid-Market', 'Email'],
] as const;
const COMPANIES = ['Yarrow Systems LLC', 'Palisade Dynamics Inc.', 'Nordlicht GmbH', 'Keel & Co.'];

/** A date `days` after 1 Jan 2026, written the way Salesforce's US locale writes it (M/D/YYYY). */
function usDate(days: number): string {
  const date = new Date(Date.UTC(2026, 0, 1 + (days % 270)));
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;
}

/**
 * Writes a Salesforce campaign members report of `count` members (about 150 bytes a row,
 * so 1,000,000 members make about 150 MB) with its footer, in chunks so the generator never
 * holds the whole file. Two in three members responded.
 */
export async function writeCampaignMembersCsv(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${HEADER}\n`);
  let lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const [campaign, type] = CAMPAIGNS[i % CAMPAIGNS.length] ?? CAMPAIGNS[0];
    const responded = i % 3 !== 2;
    const created = usDate(i % 251);
    const lead = `00Q${(i + 1).toString(36).toUpperCase().padStart(12, '0')}AAA`;
    const company = COMPANIES[i % COMPANIES.length] ?? '';
    lines.push(
      `"${campaign}","${type}","${responded ? 'Responded' : 'Sent'}","${responded ? '1' : '0'}","${responded ? usDate((i % 251) + 3) : ''}","${created}","${lead}","","${company}","p${i}@example.com"`,
    );
    if (lines.length === 10_000) {
      await write(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) await write(`${lines.join('\n')}\n`);
  await write(
    `\n"Grand Totals (${count} records)"\n\n"Confidential Information - Do Not Distribute"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n`,
  );
  out.end();
  await once(out, 'finish');
  return bytes;
}
