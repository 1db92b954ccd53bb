// Composition helper: the directory from the knowledge base plus, when configured
// (REGION_DIRECTORY_FILE), a Region's own directory CSV.
import type { KnowledgeBase } from '../model/knowledgeBase.js';
import type { ImportReport } from '../importers/importReport.js';
import { importRegionDirectory } from '../importers/regionDirectoryImporter.js';
import { OperatorDirectory } from './operatorDirectory.js';

export function createOperatorDirectory(kb: KnowledgeBase, options: { regionDirectoryFile?: string } = {}): { directory: OperatorDirectory; regionReport?: ImportReport } {
  if (!options.regionDirectoryFile) return { directory: new OperatorDirectory(kb.operators()) };
  const region = importRegionDirectory(options.regionDirectoryFile);
  // Region entries first: they are the most precise and most recently verified.
  return { directory: new OperatorDirectory([...region.structures, ...kb.operators()]), regionReport: region.report };
}
