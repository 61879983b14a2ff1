import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { errorKind, serverDetail } from './errorKind';

describe('errorKind', () => {
  it('names API answers by their status', () => {
    expect(errorKind(new ApiError(400, 'email: Invalid email'))).toBe('badRequest');
    expect(errorKind(new ApiError(403, 'x'))).toBe('forbidden');
    expect(errorKind(new ApiError(404, 'x'))).toBe('notFound');
    expect(errorKind(new ApiError(409, 'x'))).toBe('conflict');
    expect(errorKind(new ApiError(429, 'x'))).toBe('rateLimited');
    expect(errorKind(new ApiError(500, 'x'))).toBe('failed');
  });

  it('tells an unreachable server from other failures', () => {
    expect(errorKind(new TypeError('Failed to fetch'))).toBe('network');
    expect(errorKind(new Error('boom'))).toBe('failed');
  });
});

describe('serverDetail', () => {
  it('keeps only the server’s explanation', () => {
    expect(serverDetail(new ApiError(409, 'A user with this email already exists'))).toBe(
      'A user with this email already exists',
    );
    expect(serverDetail(new ApiError(502, ''))).toBeNull();
    expect(serverDetail(new TypeError('Failed to fetch'))).toBeNull();
  });
});
