/** Discord's limits on what a bot may send, in one place (characters unless said otherwise). */
export const discordLimits = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  /** Title, description, field names and values, footer and author of all embeds together. */
  embedTotal: 6000,
  embeds: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Discord drops the interaction unless the bot answers within this (milliseconds). */
export const interactionDeadlineMs = 3000;
