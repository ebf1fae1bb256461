import { defineListCommand } from '../src/discord/list-command.ts';

export const { definition, execute, autocomplete } = defineListCommand('sources', (api, scope) =>
  api.sources(scope),
);
