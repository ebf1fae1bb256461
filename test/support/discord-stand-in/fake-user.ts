import type { APIUser } from 'discord.js';
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/** A Discord user as the stand-in puts it in interaction payloads. */
export type FakeUser = APIUser;

/** Member permission bitfields tests ask for most, as the decimal strings Discord sends. */
export const memberPermissions = {
  /** A plain member: no permission bits, so permission checks must refuse. */
  plain: '0',
  manageServer: PermissionFlagsBits.ManageGuild.toString(),
  administrator: PermissionFlagsBits.Administrator.toString(),
} as const;

/** Permissions a member may be given: a decimal string bitfield or discord.js' bigint flags. */
export type PermissionsInput = string | bigint;

/**
 * Converts permissions to the decimal string Discord sends; Discord resolves Administrator to
 * every permission, so an administrator is sent with all bits set.
 */
export function toPermissionString(permissions: PermissionsInput): string {
  const bits = BigInt(permissions);
  if ((bits & PermissionFlagsBits.Administrator) !== 0n) {
    return (bits | PermissionsBitField.All).toString();
  }
  return bits.toString();
}

/** Builds a human (non-bot) user with Discord's post-2023 username shape. */
export function buildFakeUser(id: string, username: string): FakeUser {
  return {
    id,
    username,
    discriminator: '0',
    global_name: username,
    avatar: null,
  };
}
