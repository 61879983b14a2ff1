import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordCheck';

describe('passwordProblem', () => {
  it('asks for at least eight characters first', () => {
    expect(passwordProblem('', '')).toBe('tooShort');
    expect(passwordProblem('1234567', '1234567')).toBe('tooShort');
  });

  it('asks for the same password twice', () => {
    expect(passwordProblem('hyvinvointi', 'hyvinvointi ')).toBe('mismatch');
  });

  it('accepts a long enough password typed the same twice, spaces included', () => {
    expect(passwordProblem('12345678', '12345678')).toBeNull();
    expect(passwordProblem('oma salasana äöå', 'oma salasana äöå')).toBeNull();
  });
});
