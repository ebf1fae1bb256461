import { commandListSchema } from './command-definition-schema.ts';
import { buildFakeUser } from './fake-user.ts';
import { invalidFormBody } from './invalid-form-body.ts';
import {
  discordError,
  type RestRoute,
  type RouteRequestContext,
  type RouteResult,
} from './rest-route.ts';
import { STAND_IN_DEFAULTS } from './stand-in-defaults.ts';
import type { RegisteredCommand, StandInState } from './stand-in-state.ts';

const MISSING_ACCESS = discordError(403, 50001, 'Missing Access');

/** The scope key of a commands route: `global`, or the guild id; undefined if not ours. */
function scopeOf(
  state: StandInState,
  params: Readonly<Record<string, string>>,
): string | undefined {
  if (params.applicationId !== state.applicationId) return undefined;
  if (params.guildId === undefined) return 'global';
  return params.guildId === state.guildId ? params.guildId : undefined;
}

function putCommands(state: StandInState, { params, body }: RouteRequestContext): RouteResult {
  const scope = scopeOf(state, params);
  if (scope === undefined) return MISSING_ACCESS;
  const parsed = commandListSchema.safeParse(body.json);
  if (!parsed.success) return { status: 400, body: invalidFormBody(parsed.error.issues) };
  const version = state.nextId();
  const commands = parsed.data.map((definition): RegisteredCommand => {
    const key = `${scope}:${definition.type}:${definition.name}`;
    const id = state.commandIds.get(key) ?? state.nextId();
    state.commandIds.set(key, id);
    return {
      ...definition,
      id,
      application_id: state.applicationId,
      version,
      default_member_permissions: definition.default_member_permissions ?? null,
      ...(scope === 'global' ? {} : { guild_id: scope }),
    };
  });
  state.commandSets.set(scope, {
    scope: scope === 'global' ? 'global' : 'guild',
    guildId: scope === 'global' ? null : scope,
    body: body.json,
    commands,
  });
  return { status: 200, body: commands };
}

function getCommands(state: StandInState, { params }: RouteRequestContext): RouteResult {
  const scope = scopeOf(state, params);
  if (scope === undefined) return MISSING_ACCESS;
  return { status: 200, body: state.commandSets.get(scope)?.commands ?? [] };
}

/** Gateway discovery, the bot's own user and application, and command registration. */
export function applicationRoutes(state: StandInState): RestRoute[] {
  const gatewayBot = {
    url: state.gatewayUrl,
    // More than one makes discord.js (or a ShardingManager) open that many connections.
    shards: state.shardCount,
    session_start_limit: {
      total: 1000,
      remaining: 1000,
      reset_after: 0,
      max_concurrency: state.maxConcurrency,
    },
  };
  return [
    {
      pattern: 'GET /gateway',
      auth: false,
      handle: () => ({ status: 200, body: { url: state.gatewayUrl } }),
    },
    { pattern: 'GET /gateway/bot', auth: true, handle: () => ({ status: 200, body: gatewayBot }) },
    { pattern: 'GET /users/@me', auth: true, handle: () => ({ status: 200, body: state.bot }) },
    {
      pattern: 'GET /applications/@me',
      auth: true,
      handle: () => ({
        status: 200,
        body: {
          id: state.applicationId,
          name: state.bot.username,
          icon: null,
          description: '',
          bot_public: false,
          bot_require_code_grant: false,
          verify_key: '0'.repeat(64),
          flags: 0,
          owner: buildFakeUser(STAND_IN_DEFAULTS.guildOwnerId, 'stand-in-owner'),
          team: null,
          bot: state.bot,
        },
      }),
    },
    {
      pattern: 'PUT /applications/:applicationId/commands',
      auth: true,
      handle: (r) => putCommands(state, r),
    },
    {
      pattern: 'GET /applications/:applicationId/commands',
      auth: true,
      handle: (r) => getCommands(state, r),
    },
    {
      pattern: 'PUT /applications/:applicationId/guilds/:guildId/commands',
      auth: true,
      handle: (r) => putCommands(state, r),
    },
    {
      pattern: 'GET /applications/:applicationId/guilds/:guildId/commands',
      auth: true,
      handle: (r) => getCommands(state, r),
    },
  ];
}
