import { defineQuestionCommand } from '../src/discord/question-command.ts';

export const { definition, execute, autocomplete } = defineQuestionCommand({
  name: 'ask',
  // A question is the user's own words: only the council option completes.
  text: {
    name: 'question',
    description: 'Your question, e.g. were social workers supervised?',
    autocomplete: false,
  },
  answer: (api, question, scope) => api.ask(question, scope),
});
