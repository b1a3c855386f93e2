import { describe, expect, it } from 'vitest';
import { isAllowedHost, safeRequestPath } from '../../../src/emit/safe-path.js';

describe('safeRequestPath', () => {
  it('keeps ordinary paths, decoded, without the query', () => {
    expect(safeRequestPath('/')).toBe('/');
    expect(safeRequestPath('/assets/media/a%20b.svg?v=1#x')).toBe('/assets/media/a b.svg');
    expect(safeRequestPath('/talk/index.html')).toBe('/talk/index.html');
  });

  it.each([
    '/../deck.yaml',
    '/assets/../../deck.yaml',
    '/%2e%2e/deck.yaml',
    '/%2E%2E/deck.yaml',
    '/..%2fdeck.yaml',
    '/..%2Fdeck.yaml',
    '/%2e%2e%2fdeck.yaml',
    '/%252e%252e/deck.yaml',
    '/%25252e%25252e/deck.yaml',
    '/..%5cdeck.yaml',
    '/assets/..\\..\\deck.yaml',
    '/./index.html',
    '/.git/config',
    '/.index.html.tmp-1-abc',
    '/index.html%00.txt',
    '/%e0%a4%a',
    'deck.yaml',
  ])('refuses %s', (url) => {
    expect(safeRequestPath(url)).toBeUndefined();
  });
});

describe('isAllowedHost', () => {
  it('on loopback, answers only to loopback names (DNS rebinding)', () => {
    expect(isAllowedHost('127.0.0.1:4321', '127.0.0.1')).toBe(true);
    expect(isAllowedHost('localhost:4321', '127.0.0.1')).toBe(true);
    expect(isAllowedHost('[::1]:4321', '::1')).toBe(true);
    expect(isAllowedHost('evil.example:4321', '127.0.0.1')).toBe(false);
    expect(isAllowedHost(undefined, '127.0.0.1')).toBe(false);
  });

  it('bound to another address (--host), answers to any name', () => {
    expect(isAllowedHost('my-laptop.local:4321', '0.0.0.0')).toBe(true);
  });
});
