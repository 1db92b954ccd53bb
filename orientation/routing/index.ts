export * from './routeProfile.js';
export * from './routingRules.js';
export * from './structuresForDecision.js';
