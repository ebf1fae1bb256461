/** The longest topic, name or question the bot takes; longer input is refused, not cut. */
export const maxQueryLength = 200;

/** One command users can give, described once for Discord, the console and /help. */
export interface CommandDescription {
  name: string;
  /** Discord's limit is 100 characters. */
  description: string;
  usage: string;
  examples: string[];
}

/** The commands everyone can use, in the order /help lists them. */
export const commandCatalogue: readonly CommandDescription[] = [
  {
    name: 'finding',
    description: 'What inspectors found on a topic, in their own words, oldest inspection first',
    usage: '/finding topic:<text>',
    examples: ['/finding supervision', '/finding missing children', '/finding care leavers'],
  },
  {
    name: 'rating',
    description: 'Every judgement and grade of an inspection (latest by default, or all)',
    usage: '/rating [inspection]',
    examples: ['/rating', '/rating 2017', '/rating all'],
  },
  {
    name: 'timeline',
    description: 'Inspections, publications and other dated events, oldest first',
    usage: '/timeline',
    examples: ['/timeline'],
  },
  {
    name: 'who',
    description: 'Who a person is: role, organisation, party, and what they said or did',
    usage: '/who name:<text>',
    examples: ['/who Alisa Flemming', '/who lead inspector'],
  },
  {
    name: 'consequences',
    description: 'What happens when a council fails to improve, and what happened here',
    usage: '/consequences',
    examples: ['/consequences'],
  },
  {
    name: 'ask',
    description: 'Ask a question in your own words; answered only from the sources',
    usage: '/ask question:<text>',
    examples: ['/ask were social workers supervised?', '/ask when was the monitoring visit?'],
  },
  {
    name: 'check',
    description: 'Check a claim against the reports: where the record agrees, differs or is silent',
    usage: '/check claim:<text> (or, on any message, Apps → Check with the reports)',
    examples: [
      '/check the service is still failing',
      '/check Croydon was inadequate across the board in 2017',
    ],
  },
  {
    name: 'changes',
    description: 'What changed between inspections, judgement by judgement (and on a topic)',
    usage: '/changes [topic]',
    examples: ['/changes', '/changes supervision'],
  },
  {
    name: 'sources',
    description: 'Every document the bot quotes, with publisher, date, kind and link',
    usage: '/sources',
    examples: ['/sources'],
  },
  {
    name: 'help',
    description: 'What each command does, with examples',
    usage: '/help',
    examples: ['/help'],
  },
];
