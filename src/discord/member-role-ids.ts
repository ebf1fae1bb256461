import type { ChatInputCommandInteraction } from 'discord.js';

/**
 * The role ids of the member behind an interaction: a cached member's roles, or the raw list
 * Discord sent when the guild is not cached. Empty outside a server.
 */
export function memberRoleIds(member: ChatInputCommandInteraction['member']): string[] {
  if (!member) return [];
  return Array.isArray(member.roles) ? [...member.roles] : [...member.roles.cache.keys()];
}
