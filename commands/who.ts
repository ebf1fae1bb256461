import { defineQuestionCommand } from '../src/discord/question-command.ts';

export const { definition, execute, autocomplete } = defineQuestionCommand({
  name: 'who',
  text: {
    name: 'name',
    description: 'A name (misspellings are fine) or a role, e.g. lead inspector',
    autocomplete: true,
  },
  answer: (api, name, scope) => api.person(name, scope),
  complete: (api, typed, scope) => api.personChoices(typed, scope),
});
