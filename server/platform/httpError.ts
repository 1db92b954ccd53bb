// The one JSON error shape of every API: { error: { code, message } }.
import type { Response } from 'express';

export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

export function sendError(res: Response, status: number, code: string, message: string, details?: unknown): void {
  const body: ApiError = { error: { code, message, ...(details !== undefined ? { details } : {}) } };
  res.status(status).json(body);
}
