export * from './trade.js';
export * from './certification.js';
export * from './trainingOffer.js';
export * from './operatorStructure.js';
export * from './scheme.js';
export * from './knowledgeBase.js';
