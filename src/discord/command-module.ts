import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Answer } from '../answer/answer.ts';
import type { Choice, QueryApi } from '../answer/query-api.ts';
import type { Config } from '../config.ts';
import type { GapLog } from '../feedback/gap-log.ts';
import type { KnowledgeStore } from '../live/knowledge-store.ts';
import type { Logger } from '../logger.ts';
import type { ServerSettings } from '../settings/server-settings.ts';
import type { MessageCommand } from './message-command.ts';

/** What a command handler may use: the live query API and the services behind it. */
export interface CommandContext {
  /** The query API over the knowledge being served at the moment the command arrived. */
  api: QueryApi;
  store: KnowledgeStore;
  /** What each server has set (its default council). */
  settings: ServerSettings;
  /** Unanswered questions, for /kb gaps. */
  gaps?: GapLog;
  config: Config;
  logger: Logger;
}

/** What a handler asks the router to send. Handlers never talk to Discord themselves. */
export type CommandReply =
  | { kind: 'answer'; answer: Answer; private: boolean; files?: ReplyFile[] }
  | { kind: 'notice'; title: string; lines: string[]; ok: boolean; private: boolean };

/** A file sent with a reply (a chart), with the alt text that describes it. */
export interface ReplyFile {
  name: string;
  data: Uint8Array;
  description: string;
}

/** One file in `commands/`: its definition and a thin handler, nothing else. */
export interface CommandModule {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(
    interaction: ChatInputCommandInteraction,
    context: CommandContext,
  ): CommandReply | Promise<CommandReply>;
  autocomplete?(
    interaction: AutocompleteInteraction,
    context: CommandContext,
  ): Choice[] | Promise<Choice[]>;
  /** Set when the handler may take longer than Discord's 3 s: the router defers privately first. */
  deferPrivately?: boolean;
  /** The same command offered on a message's context menu, when it has one. */
  contextMenu?: MessageCommand;
}

/**
 * Checks that a loaded module is a command module, naming the file and what is missing, so a
 * broken command file stops start-up with a clear message instead of failing at first use.
 */
export function asCommandModule(file: string, value: unknown): CommandModule {
  const module = value as Partial<CommandModule> | null;
  const missing: string[] = [];
  if (!module || typeof module !== 'object') throw new Error(`commands: ${file} is not a module`);
  if (typeof module.definition?.name !== 'string') missing.push('`definition` (with a name)');
  if (typeof module.execute !== 'function') missing.push('`execute` function');
  if (module.autocomplete !== undefined && typeof module.autocomplete !== 'function') {
    missing.push('`autocomplete` must be a function');
  }
  if (
    module.contextMenu !== undefined &&
    (typeof module.contextMenu?.definition?.name !== 'string' ||
      typeof module.contextMenu.execute !== 'function')
  ) {
    missing.push('a `contextMenu` with a named definition and an `execute` function');
  }
  if (missing.length > 0) throw new Error(`commands: ${file} lacks ${missing.join(' and ')}`);
  return module as CommandModule;
}
