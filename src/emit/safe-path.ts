/**
 * The path of a request, checked before any file is looked up. It is decoded as
 * often as it is encoded (up to three times, so `%252e%252e` is caught too);
 * a `.` or `..` segment, a hidden segment (`.git`, the atomic writer's temporary
 * files), a backslash or a NUL makes it a request to refuse: undefined. Shared by the dev server and the
 * page server of a lent browser (src/browser/page-server.ts).
 */
export function safeRequestPath(url: string): string | undefined {
  const end = url.search(/[?#]/);
  let path = end >= 0 ? url.slice(0, end) : url;
  if (!path.startsWith('/')) return undefined;
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(path); i++) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return undefined;
    }
  }
  if (/%[0-9a-f]{2}/i.test(path) || /[\\\0]/.test(path)) return undefined;
  if (path.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  return path;
}

/** Host names a server bound to a loopback address answers to (a guard against DNS rebinding). */
export function isAllowedHost(hostHeader: string | undefined, boundHost: string): boolean {
  if (!isLoopback(boundHost)) return true;
  if (!hostHeader) return false;
  const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.replace(/:\d+$/, '');
  return name === boundHost || name === 'localhost' || name === '127.0.0.1' || name === '[::1]' || name === `[${boundHost}]`;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
