import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import type { GatewayEvent } from './gateway-payloads.ts';
import {
  CLOSE_REASONS,
  GatewayCloseCode,
  type IdentifyData,
  identifySchema,
  Op,
  payloadSchema,
  resumeSchema,
} from './gateway-protocol.ts';

/** Close codes after which Discord does not let the session resume. */
const SESSION_ENDING_CLOSE_CODES = new Set([
  1000, 1001, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014,
]);

/** A gateway connection that closed, and who closed it. */
export interface GatewayClose {
  code: number;
  reason: string;
  by: 'stand-in' | 'client';
}

/** How the gateway learns about the world it serves. */
export interface GatewayServerOptions {
  server: Server;
  heartbeatIntervalMs: number;
  isValidToken: (token: string) => boolean;
  /** How many shards the bot must connect with; an IDENTIFY for any other split is refused. */
  shardCount: number;
  identifyDispatches: (sessionId: string, shard: [number, number]) => GatewayEvent[];
}

interface Session {
  id: string;
  shardId: number;
  sequence: number;
  /** Dispatches in order, replayed from the client's last `seq` on RESUME. */
  history: { s: number; event: GatewayEvent }[];
  socket: WebSocket | null;
}

/** One WebSocket connection: authenticated once it identified or resumed. */
interface Connection {
  socket: WebSocket;
  session: Session | null;
  closingWith: number | null;
}

/**
 * A Discord gateway stand-in: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME
 * with replay, and close codes on demand. JSON only, never compressed.
 */
export class GatewayServer {
  readonly identifies: IdentifyData[] = [];
  readonly closes: GatewayClose[] = [];
  /** Query strings clients connected with, e.g. `v=10&encoding=json`. */
  readonly connectionQueries: string[] = [];
  heartbeatCount = 0;
  resumeCount = 0;
  /** When each connection attempt arrived (ms since the epoch), refused ones included. */
  readonly connectionAttempts: number[] = [];
  /** While true, every connection attempt is refused with HTTP 503, as in an outage. */
  #down = false;
  /** Close every IDENTIFY with this code instead of answering READY, when set. */
  #identifyCloseCode: number | null = null;
  readonly #wss: WebSocketServer;
  readonly #options: GatewayServerOptions;
  readonly #connections = new Set<Connection>();
  readonly #identifyWaiters = new Set<() => void>();
  /** The live session of each shard, by shard id. */
  readonly #sessions = new Map<number, Session>();

  constructor(options: GatewayServerOptions) {
    this.#options = options;
    // No compression: discord.js only asks for zlib-stream when zlib-sync is installed, and
    // parses text frames as plain JSON even then.
    this.#wss = new WebSocketServer({
      server: options.server,
      perMessageDeflate: false,
      verifyClient: (_info, done) => {
        this.connectionAttempts.push(Date.now());
        if (this.#down) done(false, 503, 'Service Unavailable');
        else done(true);
      },
    });
    this.#wss.on('connection', (socket, request) => this.#accept(socket, request));
  }

  /** Whether shard `shardId` has identified, so its guilds' interactions have somewhere to go. */
  hasSession(shardId = 0): boolean {
    return this.#sessions.has(shardId);
  }

  /** Sends a dispatch to a shard's session; replayed on RESUME if the client is away. */
  dispatch(event: GatewayEvent, shardId = 0): void {
    const session = this.#sessions.get(shardId);
    if (session === undefined) {
      throw new Error(
        `discord-stand-in: no gateway session on shard ${shardId}; log a client in before dispatching`,
      );
    }
    this.#send(session, event);
  }

  /** Resolves with the first IDENTIFY (at once if one already arrived). */
  waitForIdentify(timeoutMs: number): Promise<IdentifyData> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const first = this.identifies[0];
        if (first === undefined) return;
        clearTimeout(timer);
        this.#identifyWaiters.delete(check);
        resolve(first);
      };
      const timer = setTimeout(() => {
        this.#identifyWaiters.delete(check);
        reject(new Error(`discord-stand-in: no IDENTIFY within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#identifyWaiters.add(check);
      check();
    });
  }

  /** Closes every open client connection with `code`; resolves once they are closed. */
  async closeConnections(code: number, reason = CLOSE_REASONS[code] ?? ''): Promise<void> {
    const open = [...this.#connections];
    // Discord forgets the session on these, so a RESUME gets INVALID_SESSION and dispatches
    // wait for a fresh IDENTIFY instead of piling up for a client that will not come back.
    if (SESSION_ENDING_CLOSE_CODES.has(code)) this.#sessions.clear();
    await Promise.all(open.map((connection) => this.#close(connection, code, reason)));
  }

  /**
   * Starts or ends an outage: while down, open connections are dropped (1006, as a network
   * failure looks) and every new attempt is refused with HTTP 503.
   */
  setDown(down: boolean): void {
    this.#down = down;
    if (down) for (const { socket } of this.#connections) socket.terminate();
  }

  /** Makes every IDENTIFY close with `code` (e.g. 4014 disallowed intents); null restores READY. */
  closeIdentifiesWith(code: number | null): void {
    this.#identifyCloseCode = code;
  }

  /** Drops every connection at once and stops accepting new ones. */
  async stop(): Promise<void> {
    for (const { socket } of this.#connections) socket.terminate();
    this.#connections.clear();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(socket: WebSocket, request: IncomingMessage): void {
    const connection: Connection = { socket, session: null, closingWith: null };
    this.#connections.add(connection);
    const query = new URL(request.url ?? '/', 'ws://stand-in.invalid').searchParams;
    this.connectionQueries.push(query.toString());
    socket.on('close', (code, reason) => {
      this.#connections.delete(connection);
      if (connection.session?.socket === socket) connection.session.socket = null;
      // The peer echoes a close code; record the one the stand-in chose when it closed.
      const { closingWith } = connection;
      const by = closingWith === null ? 'client' : 'stand-in';
      this.closes.push({ code: closingWith ?? code, reason: reason.toString(), by });
      // A client closing with 1000/1001 ends its session on Discord; it can no longer resume.
      const ended = by === 'client' && (code === 1000 || code === 1001);
      const session = connection.session;
      if (ended && session !== null && this.#sessions.get(session.shardId) === session)
        this.#sessions.delete(session.shardId);
    });
    socket.on('message', (data) => this.#receive(connection, String(data)));
    if (query.get('v') !== '10') {
      void this.#close(connection, GatewayCloseCode.InvalidApiVersion);
      return;
    }
    if (query.get('encoding') !== 'json') {
      void this.#close(connection, GatewayCloseCode.DecodeError);
      return;
    }
    this.#sendRaw(socket, {
      op: Op.Hello,
      d: { heartbeat_interval: this.#options.heartbeatIntervalMs },
    });
  }

  #receive(connection: Connection, text: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      void this.#close(connection, GatewayCloseCode.DecodeError);
      return;
    }
    const payload = payloadSchema.safeParse(parsed);
    if (!payload.success) {
      void this.#close(connection, GatewayCloseCode.DecodeError);
      return;
    }
    const { op, d } = payload.data;
    if (op === Op.Heartbeat) {
      this.heartbeatCount += 1;
      this.#sendRaw(connection.socket, { op: Op.HeartbeatAck });
    } else if (op === Op.Identify) {
      this.#identify(connection, d);
    } else if (op === Op.Resume) {
      this.#resume(connection, d);
    } else if (op === Op.Presence || op === Op.Voice || op === Op.GuildMembers) {
      if (connection.session === null)
        void this.#close(connection, GatewayCloseCode.NotAuthenticated);
    } else {
      void this.#close(connection, GatewayCloseCode.UnknownOpcode);
    }
  }

  #identify(connection: Connection, d: unknown): void {
    if (connection.session !== null) {
      void this.#close(connection, GatewayCloseCode.AlreadyAuthenticated);
      return;
    }
    const identify = identifySchema.safeParse(d);
    if (!identify.success) {
      void this.#close(connection, GatewayCloseCode.DecodeError);
      return;
    }
    this.identifies.push(identify.data);
    for (const waiter of [...this.#identifyWaiters]) waiter();
    const shard = identify.data.shard ?? [0, 1];
    const [shardId, shardCount] = shard;
    const expected = this.#options.shardCount;
    if (!this.#options.isValidToken(identify.data.token)) {
      void this.#close(connection, GatewayCloseCode.AuthenticationFailed);
    } else if (this.#identifyCloseCode !== null) {
      void this.#close(connection, this.#identifyCloseCode);
    } else if (shardCount < expected) {
      // Discord's answer to a bot with more guilds than its shards may hold.
      void this.#close(connection, GatewayCloseCode.ShardingRequired);
    } else if (shardCount !== expected || shardId < 0 || shardId >= shardCount) {
      void this.#close(connection, GatewayCloseCode.InvalidShard);
    } else {
      const session: Session = {
        id: randomBytes(16).toString('hex'),
        shardId,
        sequence: 0,
        history: [],
        socket: connection.socket,
      };
      connection.session = session;
      this.#sessions.set(shardId, session);
      for (const event of this.#options.identifyDispatches(session.id, shard))
        this.#send(session, event);
    }
  }

  #resume(connection: Connection, d: unknown): void {
    const resume = resumeSchema.safeParse(d);
    if (!resume.success) {
      void this.#close(connection, GatewayCloseCode.DecodeError);
      return;
    }
    if (!this.#options.isValidToken(resume.data.token)) {
      void this.#close(connection, GatewayCloseCode.AuthenticationFailed);
      return;
    }
    const session = [...this.#sessions.values()].find(({ id }) => id === resume.data.session_id);
    if (session === undefined) {
      // d: false tells the client to identify afresh rather than resume again.
      this.#sendRaw(connection.socket, { op: Op.InvalidSession, d: false });
      return;
    }
    this.resumeCount += 1;
    connection.session = session;
    session.socket = connection.socket;
    const since = resume.data.seq ?? 0;
    for (const { s, event } of session.history) {
      if (s > since)
        this.#sendRaw(connection.socket, { op: Op.Dispatch, t: event.t, s, d: event.d });
    }
    this.#send(session, { t: 'RESUMED', d: null });
  }

  #send(session: Session, event: GatewayEvent): void {
    session.sequence += 1;
    session.history.push({ s: session.sequence, event });
    if (session.socket !== null) {
      this.#sendRaw(session.socket, {
        op: Op.Dispatch,
        t: event.t,
        s: session.sequence,
        d: event.d,
      });
    }
  }

  #sendRaw(socket: WebSocket, payload: object): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }

  #close(connection: Connection, code: number, reason = CLOSE_REASONS[code] ?? ''): Promise<void> {
    const { socket } = connection;
    if (socket.readyState === socket.CLOSED) return Promise.resolve();
    connection.closingWith = code;
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.close(code, reason);
    });
  }
}
