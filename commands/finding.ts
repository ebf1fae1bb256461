import { defineQuestionCommand } from '../src/discord/question-command.ts';

export const { definition, execute, autocomplete } = defineQuestionCommand({
  name: 'finding',
  text: {
    name: 'topic',
    description: 'A topic, e.g. supervision, caseloads, care leavers',
    autocomplete: true,
  },
  answer: (api, topic, scope) => api.findings(topic, scope),
  complete: (api, typed, scope) => api.topicChoices(typed, scope),
});
