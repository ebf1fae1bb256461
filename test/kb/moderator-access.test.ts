import { describe, expect, it } from 'vitest';
import { checkModeratorAccess } from '../../src/kb/moderator-access.ts';

const adminRole = '111111111111111111';
const otherRole = '222222222222222222';
const check = (permissions: string | null, roleIds: string[] = []) =>
  checkModeratorAccess({ permissions, roleIds, adminRoleIds: [adminRole] });

describe('checkModeratorAccess', () => {
  it('denies a plain member, and one with unrelated permissions or roles', () => {
    expect(check('0')).toEqual({ allowed: false });
    // Send Messages (bit 11) and Manage Channels (bit 4) are not Manage Server.
    expect(check(String((1n << 11n) | (1n << 4n)))).toEqual({ allowed: false });
    expect(check('0', [otherRole])).toEqual({ allowed: false });
  });

  it('allows Manage Server (bit 5) and Administrator (bit 3)', () => {
    expect(check('32')).toEqual({ allowed: true, via: 'manage-server' });
    expect(check(String((1n << 5n) | (1n << 40n)))).toEqual({
      allowed: true,
      via: 'manage-server',
    });
    expect(check('8')).toEqual({ allowed: true, via: 'administrator' });
  });

  it('allows a member holding a role in KB_ADMIN_ROLE_IDS', () => {
    expect(check('0', [otherRole, adminRole])).toEqual({ allowed: true, via: 'admin-role' });
  });

  it('grants nothing for a missing or malformed bitfield', () => {
    expect(check(null)).toEqual({ allowed: false });
    expect(check('-32')).toEqual({ allowed: false });
    expect(check('0x20')).toEqual({ allowed: false });
    expect(check(null, [adminRole])).toEqual({ allowed: true, via: 'admin-role' });
  });
});
