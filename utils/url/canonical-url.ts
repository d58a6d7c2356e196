/** Query parameters that only track where a visit came from; they never change what a page shows. */
const TRACKING_PARAMETERS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'wickedid', 'rb_clickid', 's_cid', 'cmpid', 'ncid', 'ocid', 'sr_share', 'smid', 'share', 'ref_src', 'ref_url',
  'guccounter', 'guce_referrer', 'guce_referrer_sig', 'spm', 'scid', 'at_medium', 'at_campaign', 'at_custom1',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'itm_', 'stm_'];

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function parseHttpUrl(value: string, base?: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The address notes are filed under: the page's `<link rel=canonical>` when it is a valid http(s) URL on
 * the same site, else the page's own URL; without the fragment and tracking parameters, host lower-cased.
 */
export function canonicalPageUrl(pageUrl: string, canonicalHref?: string | null): string {
  const page = parseHttpUrl(pageUrl);
  if (!page) return pageUrl.split('#')[0] ?? pageUrl;
  const canonical = canonicalHref ? parseHttpUrl(canonicalHref, page.href) : null;
  const chosen = canonical && sameSite(canonical.hostname, page.hostname) ? canonical : page;
  chosen.hash = '';
  chosen.search = withoutTrackingParameters(chosen.search);
  return chosen.href;
}

/**
 * The query string without tracking parameters, the others kept exactly as written. (String work rather than
 * `URLSearchParams` iteration, which is not iterable inside Firefox content scripts.)
 */
function withoutTrackingParameters(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      if (!part) return false;
      const rawName = part.split('=', 1)[0]!.replace(/\+/g, ' ');
      let name = rawName;
      try {
        name = decodeURIComponent(rawName);
      } catch {
        // A malformed escape: judge the name as written.
      }
      return !isTrackingParameter(name);
    });
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/** Two hosts belong to one site when one is the other or a subdomain of it after a leading "www."/"m."/"amp.". */
function sameSite(a: string, b: string): boolean {
  const strip = (host: string) => host.toLowerCase().replace(/^(www|m|amp|mobile)\./, '');
  const x = strip(a);
  const y = strip(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** The host of a URL without "www.", for grouping notes by site; the URL itself when it is not one. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
