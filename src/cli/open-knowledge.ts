import { type Config, loadConfig } from '../config.ts';
import { KnowledgeStore } from '../kb/knowledge-store.ts';
import { createLogger, type Logger } from '../logger.ts';

/** What every entry point starts from: settings, the logger and the loaded knowledge. */
export interface Started {
  config: Config;
  logger: Logger;
  store: KnowledgeStore;
}

/** Reads the settings and loads KNOWLEDGE_DIR; `logLevel` overrides LOG_LEVEL (CLIs keep quiet). */
export async function openKnowledge(options: { logLevel?: string } = {}): Promise<Started> {
  const config = loadConfig();
  const logger = createLogger({
    level: options.logLevel ?? config.logLevel,
    secrets: config.discordToken ? [config.discordToken] : [],
  });
  const store = await KnowledgeStore.open({ directory: config.knowledgeDir, logger });
  return { config, logger, store };
}
