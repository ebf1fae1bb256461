import { defineListCommand } from '../src/discord/list-command.ts';

export const { definition, execute, autocomplete } = defineListCommand(
  'consequences',
  (api, scope) => api.consequences(scope),
);
