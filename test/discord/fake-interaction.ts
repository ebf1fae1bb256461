import {
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  ApplicationCommandType,
  ChannelType,
  ChatInputCommandInteraction,
  Client,
  InteractionContextType,
  InteractionType,
  Locale,
} from 'discord.js';

/** discord.js' own interaction class, built from a raw payload without a gateway. */
class OfflineChatInputInteraction extends ChatInputCommandInteraction {
  // biome-ignore lint/complexity/noUselessConstructor: it widens the base class's protected constructor to public, so tests can build one.
  constructor(client: Client<true>, data: APIChatInputApplicationCommandInteraction) {
    super(client, data);
  }
}

/** A real ChatInputCommandInteraction carrying `options`, for testing option parsing. */
export function chatInputInteraction(
  name: string,
  options: APIApplicationCommandInteractionDataOption[],
): ChatInputCommandInteraction {
  // A client that never logs in: the interaction only needs it to resolve data.
  const client: Client<true> = new Client({ intents: [] });
  return new OfflineChatInputInteraction(client, {
    id: '1100000000000000010',
    application_id: '1100000000000000001',
    type: InteractionType.ApplicationCommand,
    token: 'offline-token',
    version: 1,
    app_permissions: '0',
    locale: Locale.EnglishGB,
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 10 * 1024 * 1024,
    context: InteractionContextType.BotDM,
    user: {
      id: '1100000000000000011',
      username: 'tester',
      discriminator: '0',
      global_name: null,
      avatar: null,
    },
    channel: {
      id: '1100000000000000012',
      type: ChannelType.DM,
      name: null,
      last_message_id: null,
      recipients: [],
    },
    channel_id: '1100000000000000012',
    data: { id: '1100000000000000013', name, type: ApplicationCommandType.ChatInput, options },
  });
}
