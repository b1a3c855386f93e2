/**
 * Links may go to http, https and mailto addresses, to a slide (`#id`), or to a
 * relative path inside the built deck. Any other scheme (javascript:, vbscript:,
 * data:, file:, …) is refused where it is written, in build and lint alike.
 */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const;

/** The scheme a browser would see: it ignores ASCII whitespace and control characters and case. */
export function linkScheme(url: string): string | undefined {
  const bare = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (bare.startsWith('//')) return 'network-path';
  return /^([a-z][a-z0-9+.-]*):/.exec(bare)?.[1];
}

/** True for an allowed scheme, a `#slide` link or a relative path. */
export function hasAllowedScheme(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}

/** Images also take inline pictures (as markdown-it allows), never script or local files. */
export function isAllowedImage(src: string): boolean {
  return hasAllowedScheme(src) || /^data:image\/(gif|png|jpeg|webp);/i.test(src.trim());
}
