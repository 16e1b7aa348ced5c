import { describe, expect, it } from 'vitest';
import { B24Error } from './errors.js';
import { isLoopbackHost, parseWebhookUrl } from './webhook-url.js';

describe('parseWebhookUrl', () => {
  it('splits an https webhook URL', () => {
    expect(parseWebhookUrl('https://example.bitrix24.com/rest/7/abc123secret/')).toMatchObject({
      origin: 'https://example.bitrix24.com',
      userId: '7',
      secret: 'abc123secret',
      v2Base: 'https://example.bitrix24.com/rest/7/abc123secret/',
      v3Base: 'https://example.bitrix24.com/rest/api/7/abc123secret/',
    });
    expect(parseWebhookUrl('https://example.com/b24/rest/1/zzzzzzzz').v2Base).toBe('https://example.com/b24/rest/1/zzzzzzzz/');
  });

  it('allows http only for loopback hosts', () => {
    expect(parseWebhookUrl('http://127.0.0.1:8080/rest/1/abcdefgh/').origin).toBe('http://127.0.0.1:8080');
    expect(parseWebhookUrl('http://localhost/rest/1/abcdefgh/').userId).toBe('1');
    expect(() => parseWebhookUrl('http://example.com/rest/1/abcdefgh/')).toThrow(/https/);
  });

  it('never echoes the secret when refusing a URL', () => {
    for (const bad of ['http://example.com/rest/1/topsecretvalue/', 'https://example.com/rest/x/topsecretvalue/', 'https://u:topsecretvalue@example.com/rest/1/a/', 'https://example.com/rest/1/topsecretvalue/?a=1']) {
      try {
        parseWebhookUrl(bad);
        throw new Error('should have thrown');
      } catch (e) {
        expect(e).toBeInstanceOf(B24Error);
        expect(JSON.stringify(e) + String(e)).not.toContain('topsecretvalue');
      }
    }
  });

  it('knows loopback hosts', () => {
    expect(isLoopbackHost('127.1.2.3')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.example.com')).toBe(false);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
  });
});
