/** Manage Server (`1 << 5`): the permission `/kb` asks for by default. */
export const manageServerBit = 1n << 5n;
/** Administrator (`1 << 3`): implies every permission, whatever the other bits say. */
export const administratorBit = 1n << 3n;

/** Who is asking, as Discord describes them at the moment of the interaction. */
export interface ModeratorAccessInput {
  /** The member's resolved permissions as Discord's decimal bitfield string; null outside a server. */
  permissions: string | null;
  roleIds: readonly string[];
  /** Roles that may moderate the knowledge even without Manage Server (KB_ADMIN_ROLE_IDS). */
  adminRoleIds: readonly string[];
}

/** Whether a member may change the knowledge, and on what grounds (for the audit line). */
export type ModeratorAccess =
  | { allowed: true; via: 'administrator' | 'manage-server' | 'admin-role' }
  | { allowed: false };

/**
 * Decides at run time whether a member may use `/kb`. Checked again in the handler because a
 * server admin can override a command's default permissions for any role or channel.
 */
export function checkModeratorAccess(input: ModeratorAccessInput): ModeratorAccess {
  const bits = parseBitfield(input.permissions);
  if ((bits & administratorBit) !== 0n) return { allowed: true, via: 'administrator' };
  if ((bits & manageServerBit) !== 0n) return { allowed: true, via: 'manage-server' };
  const adminRoles = new Set(input.adminRoleIds);
  if (input.roleIds.some((role) => adminRoles.has(role)))
    return { allowed: true, via: 'admin-role' };
  return { allowed: false };
}

function parseBitfield(value: string | null): bigint {
  // Anything but a plain decimal string grants nothing, rather than throwing at the user.
  if (value === null || !/^\d+$/.test(value)) return 0n;
  return BigInt(value);
}
