import path from 'node:path';
import { type Config, loadConfig } from '../config.ts';
import { GapLog } from '../feedback/gap-log.ts';
import {
  type CouncilCatalogue,
  loadCatalogue,
} from '../knowledge/councils/load-council-catalogue.ts';
import { KnowledgeStore } from '../live/knowledge-store.ts';
import { createLogger, type Logger } from '../logger.ts';
import { ServerSettings } from '../settings/server-settings.ts';

/** What every entry point starts from: settings, the logger and the loaded knowledge. */
export interface Started {
  config: Config;
  logger: Logger;
  store: KnowledgeStore;
  settings: ServerSettings;
  gaps: GapLog;
}

/** Reads the settings and loads KNOWLEDGE_DIR; `logLevel` overrides LOG_LEVEL (CLIs keep quiet). */
export async function openKnowledge(options: { logLevel?: string } = {}): Promise<Started> {
  const config = loadConfig();
  const logger = createLogger({
    level: options.logLevel ?? config.logLevel,
    secrets: config.discordToken ? [config.discordToken] : [],
  });
  const catalogue = await loadCatalogue().catch((error: Error): CouncilCatalogue => {
    // Without the catalogue the bot still answers for its loaded councils; it only cannot
    // name a council it has no documents for.
    logger.warn(
      { reason: error.message },
      'council catalogue unreadable: only loaded councils are known',
    );
    return { councils: [], shortForms: new Map() };
  });
  const store = await KnowledgeStore.open({
    directory: config.knowledgeDir,
    logger,
    catalogue,
    // Start-up revives the indexes from DATA_DIR when the knowledge is unchanged, and refreshes
    // build in a worker thread so answering never stalls.
    snapshotDirectory: path.join(config.dataDir, 'index-snapshots'),
    refreshInWorker: true,
  });
  const settings = await ServerSettings.open(config.dataDir, logger);
  const gaps = await GapLog.open(config.dataDir);
  return { config, logger, store, settings, gaps };
}
