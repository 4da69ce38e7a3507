/** A small RSS 2.0 writer: every value is escaped, so content can never inject markup into the feed. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  date: Date;
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

export function renderRss(feed: { title: string; link: string; description: string; items: FeedItem[] }): string {
  const items = feed.items
    .map(
      (i) =>
        `    <item>\n      <title>${escapeXml(i.title)}</title>\n      <link>${escapeXml(i.link)}</link>\n      <guid isPermaLink="true">${escapeXml(i.link)}</guid>\n      <pubDate>${i.date.toUTCString()}</pubDate>\n      <description>${escapeXml(i.description)}</description>\n    </item>`,
    )
    .join('\n');
  const latest = feed.items[0]?.date;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>${escapeXml(feed.title)}</title>\n    <link>${escapeXml(feed.link)}</link>\n    <description>${escapeXml(feed.description)}</description>\n    <language>en</language>\n${latest ? `    <lastBuildDate>${latest.toUTCString()}</lastBuildDate>\n` : ''}${items}\n  </channel>\n</rss>\n`;
}
