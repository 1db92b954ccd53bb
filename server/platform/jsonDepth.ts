// Deeply nested JSON bodies (channelData 10 000 levels deep…) are refused with 400 before any
// handler walks them recursively (a stack overflow there would be a 500, or worse).
import type { NextFunction, Request, Response } from 'express';
import { sendError } from './httpError.js';

export const MAX_JSON_DEPTH = 32;

/** Depth of a parsed JSON value, iteratively (no recursion on hostile input); stops past `limit`. */
export function jsonDepthExceeds(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

export function rejectDeepJson(req: Request, res: Response, next: NextFunction): void {
  if (req.body && typeof req.body === 'object' && jsonDepthExceeds(req.body)) {
    return sendError(res, 400, 'too_deep', `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  next();
}
