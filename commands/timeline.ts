import { defineListCommand } from '../src/discord/list-command.ts';

export const { definition, execute } = defineListCommand('timeline', (api) => api.timeline());
