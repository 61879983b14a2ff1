import { describe, expect, it } from 'vitest';
import type { Member } from '../api/groups';
import { addableUsers, membershipOf, positionOf, sortMembers } from './members';

const member = (userId: string, name: string, role: Member['role'], extra: Partial<Member> = {}): Member => ({
  groupId: 'lanu',
  userId,
  name,
  email: `${userId}@pori.fi`,
  role,
  title: '',
  unit: '',
  deputy: false,
  expert: false,
  ...extra,
});

describe('sortMembers', () => {
  it('lists the chair and secretary first, then by role and name (Finnish order)', () => {
    const sorted = sortMembers([
      member('1', 'Öhman', 'member'),
      member('2', 'Aalto', 'viewer'),
      member('3', 'Virta', 'secretary'),
      member('4', 'Ahonen', 'member'),
      member('5', 'Laine', 'chair'),
    ]);
    expect(sorted.map((m) => m.name)).toEqual(['Laine', 'Virta', 'Ahonen', 'Öhman', 'Aalto']);
  });
});

describe('addableUsers', () => {
  it('leaves out current members and sorts by name', () => {
    const directory = [
      { id: '1', name: 'Laine', email: '' },
      { id: '2', name: 'Aalto', email: '' },
      { id: '3', name: 'Virta', email: '' },
    ];
    expect(addableUsers(directory, [member('1', 'Laine', 'chair')]).map((u) => u.id)).toEqual(['2', '3']);
  });
});

describe('membershipOf', () => {
  it('keeps every field a PUT would otherwise reset', () => {
    const m = member('1', 'Laine', 'coordinator', { title: 'hyvinvointikoordinaattori', unit: 'strategia', deputy: true, expert: true });
    expect(membershipOf(m)).toEqual({ role: 'coordinator', title: 'hyvinvointikoordinaattori', unit: 'strategia', deputy: true, expert: true });
  });
});

describe('positionOf', () => {
  it('joins title and unit as municipal decisions write them', () => {
    expect(positionOf({ title: 'hyvinvointikoordinaattori', unit: 'strategia- ja hyvinvointiyksikkö' })).toBe(
      'hyvinvointikoordinaattori, strategia- ja hyvinvointiyksikkö',
    );
    expect(positionOf({ title: 'suunnittelija', unit: ' ' })).toBe('suunnittelija');
    expect(positionOf({ title: '', unit: '' })).toBe('');
  });
});
