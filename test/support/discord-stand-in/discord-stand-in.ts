import type { Server } from 'node:http';
import { applicationRoutes } from './application-routes.ts';
import type { AttachmentInput, StandInAttachment } from './attachment-store.ts';
import { type ChannelPost, channelRoutes } from './channel-routes.ts';
import { buildFakeUser, type FakeUser } from './fake-user.ts';
import { FaultInjector, type FaultOptions } from './fault-injector.ts';
import { identifyDispatches } from './gateway-payloads.ts';
import type { IdentifyData } from './gateway-protocol.ts';
import { type GatewayClose, GatewayServer } from './gateway-server.ts';
import { interactionCallbackRoute } from './interaction-callback-route.ts';
import {
  type AutocompleteInput,
  type BuiltInteraction,
  type ButtonPressInput,
  buildButtonInteraction,
  buildCommandInteraction,
  buildMessageCommandInteraction,
  type InteractionFactoryContext,
  type MessageCommandInput,
  type SlashCommandInput,
} from './interaction-factory.ts';
import type { InteractionRecord, WaitOptions } from './interaction-record.ts';
import type { RequestLogEntry } from './request-log-entry.ts';
import { createRestRequestHandler } from './rest-request-handler.ts';
import type { RouteMatcher } from './route-matcher.ts';
import { type StandInGuild, shardOfGuild } from './shard-guilds.ts';
import { STAND_IN_DEFAULTS } from './stand-in-defaults.ts';
import {
  createStandInState,
  type DiscordStandInOptions,
  findRegisteredCommand,
  type RegisteredCommandSet,
  type StandInState,
} from './stand-in-state.ts';
import { webhookRoutes } from './webhook-routes.ts';

/** Where a token is refused: on REST (401), the gateway (close 4004) or both. */
export type TokenCheckScope = 'rest' | 'gateway' | 'everywhere';

/**
 * A local Discord for end-to-end tests: REST and gateway on one loopback port, driving a real
 * discord.js client and recording everything the bot does.
 */
export class DiscordStandIn {
  readonly baseUrl: string;
  /** Pass as the client's `rest.api`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly guildId: string;
  readonly channelId: string;
  /** Attachment objects for the files given at start, in order. */
  readonly attachments: readonly StandInAttachment[];
  readonly #server: Server;
  readonly #state: StandInState;
  readonly #gateway: GatewayServer;
  readonly #faults = new FaultInjector();
  readonly #requests: RequestLogEntry[] = [];
  readonly #channelPosts: ChannelPost[] = [];
  readonly #unmatched: RequestLogEntry[] = [];
  readonly #cleanups: (() => unknown)[] = [];
  readonly #factory: InteractionFactoryContext;
  #token: string;
  #refused: { rest: boolean; gateway: boolean } = { rest: false, gateway: false };
  #userCount = 0;
  #stopping: Promise<void> | null = null;

  /** Use `startDiscordStandIn`; this wires the parts to an already listening server. */
  constructor(server: Server, options: DiscordStandInOptions) {
    const address = server.address();
    if (address === null || typeof address === 'string') {
      throw new Error(
        'discord-stand-in: the server must be listening on TCP before the stand-in starts',
      );
    }
    this.#server = server;
    const state = createStandInState(address.port, options);
    this.#state = state;
    this.#token = options.token ?? STAND_IN_DEFAULTS.token;
    this.baseUrl = state.baseUrl;
    this.apiUrl = `${state.baseUrl}/api`;
    this.gatewayUrl = state.gatewayUrl;
    this.applicationId = state.applicationId;
    this.botUserId = state.bot.id;
    this.guildId = state.guildId;
    this.channelId = state.channelId;
    this.attachments = (options.attachments ?? []).map((input) => state.attachments.add(input));
    const place = {
      applicationId: state.applicationId,
      guildId: state.guildId,
      channelId: state.channelId,
    };
    this.#factory = {
      place,
      nextId: state.nextId,
      defaultUser: buildFakeUser(state.nextId(), 'tester'),
      messages: state.messages,
      findCommand: (name, type) => findRegisteredCommand(state, name, type),
    };
    const world = {
      applicationId: state.applicationId,
      guilds: state.guilds,
      bot: state.bot,
      guildOwnerId: STAND_IN_DEFAULTS.guildOwnerId,
      gatewayUrl: state.gatewayUrl,
    };
    this.#gateway = new GatewayServer({
      server,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? STAND_IN_DEFAULTS.heartbeatIntervalMs,
      isValidToken: (token) => !this.#refused.gateway && token === this.#token,
      shardCount: state.shardCount,
      identifyDispatches: (sessionId, shard) => identifyDispatches(world, sessionId, shard),
    });
    const routes = [
      ...applicationRoutes(state),
      interactionCallbackRoute(state),
      ...webhookRoutes(state),
      ...channelRoutes(state, this.#channelPosts),
    ];
    server.on(
      'request',
      createRestRequestHandler({
        routes,
        faults: this.#faults,
        attachments: state.attachments,
        isValidToken: (token) => !this.#refused.rest && token === this.#token,
        log: (entry, matched, params) => this.#log(entry, matched, params),
      }),
    );
  }

  /** Every guild the bot is in, one per shard (`shardCount`); the first is `guildId`. */
  get guilds(): readonly StandInGuild[] {
    return this.#state.guilds;
  }

  /** The token the stand-in accepts (until `setToken` or `rejectAllTokens`). */
  get token(): string {
    return this.#token;
  }

  /** Every HTTP request answered, in order, with its status. */
  /** Messages the bot posted to channels on its own (announcements), oldest first. */
  get channelPosts(): readonly ChannelPost[] {
    return this.#channelPosts;
  }

  get requests(): readonly RequestLogEntry[] {
    return this.#requests;
  }

  /** Requests no route matched (answered 404), so tests can assert the bot made none. */
  get unmatchedRequests(): readonly RequestLogEntry[] {
    return this.#unmatched;
  }

  /** The last registered command set per scope (global and guild). */
  get registeredCommands(): readonly RegisteredCommandSet[] {
    return [...this.#state.commandSets.values()];
  }

  /** Every interaction dispatched, oldest first. */
  get interactions(): readonly InteractionRecord[] {
    return [...this.#state.interactionsById.values()];
  }

  /** Every IDENTIFY received, accepted or not. */
  get identifies(): readonly IdentifyData[] {
    return this.#gateway.identifies;
  }

  /** Every gateway connection that closed: code, reason and which side closed it. */
  get gatewayCloses(): readonly GatewayClose[] {
    return this.#gateway.closes;
  }

  /** Heartbeats answered and RESUMEs accepted, and the query string of each connection. */
  get gatewayStats(): { heartbeats: number; resumes: number; connections: readonly string[] } {
    const gateway = this.#gateway;
    return {
      heartbeats: gateway.heartbeatCount,
      resumes: gateway.resumeCount,
      connections: gateway.connectionQueries,
    };
  }

  /** Builds a distinct fake user; ids are fresh snowflakes unless given. */
  user(id?: string, name?: string): FakeUser {
    this.#userCount += 1;
    return buildFakeUser(id ?? this.#state.nextId(), name ?? `user-${this.#userCount}`);
  }

  /** Serves a file at a loopback URL and returns its attachment object for `resolved`. */
  addAttachment(input: AttachmentInput): StandInAttachment {
    return this.#state.attachments.add(input);
  }

  /** Dispatches a slash command (INTERACTION_CREATE type 2) and records the bot's answer. */
  sendSlashCommand(input: SlashCommandInput): InteractionRecord {
    return this.#send(buildCommandInteraction(this.#factoryIn(input.guildId), input));
  }

  /**
   * Dispatches a message context-menu command (type 2, command type 3) as a user choosing it on
   * someone's message in the channel; the message travels in `data.resolved.messages`.
   */
  sendMessageCommand(input: MessageCommandInput): InteractionRecord {
    return this.#send(buildMessageCommandInteraction(this.#factoryIn(input.guildId), input));
  }

  /** Dispatches an autocomplete request (type 4) for the `focused` option. */
  sendAutocomplete(input: AutocompleteInput): InteractionRecord {
    return this.#send(buildCommandInteraction(this.#factoryIn(input.guildId), input));
  }

  /** Dispatches a button press (type 3) on a message the bot sent. */
  pressButton(input: ButtonPressInput): InteractionRecord {
    return this.#send(buildButtonInteraction(this.#factoryIn(input.guildId), input));
  }

  /** Sends any gateway dispatch to the logged-in client (to shard `shardId` when sharded). */
  dispatch(event: string, data: unknown, shardId = 0): void {
    this.#gateway.dispatch({ t: event, d: data }, shardId);
  }

  /** Whether shard `shardId` of the bot is connected and identified. */
  hasSession(shardId = 0): boolean {
    return this.#gateway.hasSession(shardId);
  }

  /** Makes the next matching request(s) fail, e.g. a 429 with `retryAfter` or a 500. */
  failNext(matcher: RouteMatcher, options: FaultOptions): void {
    this.#faults.failNext(matcher, options);
  }

  /** Accepts only `token` from now on, everywhere. */
  setToken(token: string): void {
    this.#token = token;
    this.#refused = { rest: false, gateway: false };
  }

  /** Refuses every token: REST answers 401 and IDENTIFY/RESUME close with 4004. */
  rejectAllTokens(where: TokenCheckScope = 'everywhere'): void {
    this.#refused = { rest: where !== 'gateway', gateway: where !== 'rest' };
  }

  /** Closes the client's gateway connection with `code` (4000 resumes, 4004 is fatal). */
  closeGateway(code: number, reason?: string): Promise<void> {
    return this.#gateway.closeConnections(code, reason);
  }

  /** Starts (true) or ends (false) a gateway outage: connections dropped, new ones refused (503). */
  setGatewayDown(down: boolean): void {
    this.#gateway.setDown(down);
  }

  /** Makes every IDENTIFY close with `code` instead of READY (null: answer READY again). */
  closeIdentifiesWith(code: number | null): void {
    this.#gateway.closeIdentifiesWith(code);
  }

  /** When each gateway connection attempt arrived (ms since the epoch), refused ones included. */
  get gatewayConnectionAttempts(): readonly number[] {
    return this.#gateway.connectionAttempts;
  }

  /** Resolves with the first IDENTIFY the gateway received. */
  waitForIdentify(options: WaitOptions = {}): Promise<IdentifyData> {
    return this.#gateway.waitForIdentify(options.timeoutMs ?? 5_000);
  }

  /** Runs `cleanup` at the start of `stop()`, e.g. destroying a client before its server goes. */
  onStop(cleanup: () => unknown): void {
    this.#cleanups.push(cleanup);
  }

  /** Destroys registered clients, closes sockets and the server; safe to call twice. */
  stop(): Promise<void> {
    this.#stopping ??= this.#stop();
    return this.#stopping;
  }

  async #stop(): Promise<void> {
    for (const cleanup of this.#cleanups.splice(0)) {
      try {
        await cleanup();
      } catch {
        // A failing cleanup must not keep the server, and so the test process, alive.
      }
    }
    for (const record of this.#state.interactionsById.values())
      record.cancelWaits('the stand-in stopped');
    await this.#gateway.stop();
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      // Keep-alive sockets from the client's HTTP agent would otherwise hold close() open.
      this.#server.closeAllConnections();
    });
  }

  #log(entry: RequestLogEntry, matched: boolean, params: Readonly<Record<string, string>>): void {
    this.#requests.push(entry);
    if (!matched) this.#unmatched.push(entry);
    const record =
      params.token === undefined ? undefined : this.#state.interactionsByToken.get(params.token);
    if (record !== undefined) {
      record.requests.push(entry);
      record.notify();
    }
  }

  /** The interaction builder for one of the bot's guilds (the first when none is named). */
  #factoryIn(guildId: string | undefined): InteractionFactoryContext {
    if (guildId === undefined) return this.#factory;
    const guild = this.#state.guilds.find((candidate) => candidate.guildId === guildId);
    if (guild === undefined)
      throw new Error(`discord-stand-in: the bot is not in guild ${guildId}`);
    return {
      ...this.#factory,
      place: { ...this.#factory.place, guildId: guild.guildId, channelId: guild.channelId },
    };
  }

  #send({ record, payload }: BuiltInteraction): InteractionRecord {
    // Discord sends a guild's events on the shard its id maps to.
    const shardId = shardOfGuild(payload.guild_id, this.#state.shardCount);
    if (!this.#gateway.hasSession(shardId)) {
      throw new Error(
        `discord-stand-in: cannot send ${record.label}: no client has logged in on shard ${shardId}`,
      );
    }
    this.#state.interactionsById.set(record.id, record);
    this.#state.interactionsByToken.set(record.token, record);
    this.#gateway.dispatch({ t: 'INTERACTION_CREATE', d: payload }, shardId);
    return record;
  }
}
