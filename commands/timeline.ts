import { defineListCommand } from '../src/discord/list-command.ts';

export const { definition, execute, autocomplete } = defineListCommand('timeline', (api, scope) =>
  api.timeline(scope),
);
