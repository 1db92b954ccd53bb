export * from './resolvePlace.js';
export * from './findPlaceInText.js';
export { normalisePlaceName } from './placeName.js';
export { territoryIndex, type CommuneRef } from './territoryIndex.js';
