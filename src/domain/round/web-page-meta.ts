// Publication date and address of a report saved from a government web page: the page's
// own metadata (<meta name="PubDate">, canonical link, the browser's 「saved from url」 note)
// or its 「发布时间：2025-01-20」 line. Read with regular expressions: nothing is parsed as
// HTML or run here.
import { isoDate } from './signature-date';

export interface WebPageMeta {
  publishedDate: string | null;
  url: string | null;
}

const META_DATE_NAMES = [
  'PubDate',
  'pubdate',
  'publishdate',
  'firstpublishedtime',
  'article:published_time',
  'dc.date',
  'DC.Date',
  'Maketime',
];

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
}

function dateIn(s: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function httpUrl(s: string | null): string | null {
  if (!s) return null;
  const t = s.trim();
  return /^https?:\/\/[^\s"'<>]+$/i.test(t) ? t : null;
}

export function webPageMeta(html: string): WebPageMeta {
  let publishedDate: string | null = null;
  let url: string | null = null;
  for (const tag of html.match(/<(meta|link)\b[^>]*>/gi) ?? []) {
    const key = attr(tag, 'name') ?? attr(tag, 'property') ?? '';
    if (!publishedDate && META_DATE_NAMES.some((n) => n.toLowerCase() === key.toLowerCase()))
      publishedDate = dateIn(attr(tag, 'content') ?? '');
    if (!url && (/^og:url$/i.test(key) || /\bcanonical\b/i.test(attr(tag, 'rel') ?? '')))
      url = httpUrl(attr(tag, 'content') ?? attr(tag, 'href'));
  }
  url ??= httpUrl(/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1] ?? null);
  if (!publishedDate) {
    const text = html.replace(/<[^>]*>/g, ' ');
    const line = /(发布时间|发布日期|发文日期|成文日期|公开日期)\s*[:：]?\s*([^\n]{0,30})/.exec(text);
    if (line) publishedDate = dateIn(line[2]!);
  }
  return { publishedDate, url };
}
