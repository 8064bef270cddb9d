/**
 * The team server the e2e tests run against (playwright.config.ts starts it: `ot-zones serve` on
 * E2E_SERVER_PORT, default E2E_PORT + 10, with a throwaway database and the same built app).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';

const appPort = Number(process.env.E2E_PORT ?? 4173);
export const e2eServerPort = Number(process.env.E2E_SERVER_PORT ?? appPort + 10);
export const E2E_SERVER_URL = `http://127.0.0.1:${e2eServerPort}`;
export const E2E_ADMIN_TOKEN = 'e2e-admin-token';
export const e2eServerData = join(tmpdir(), `ot-zones-e2e-server-${e2eServerPort}`);

export interface SharedDocument {
  id: string;
  links: { edit: string; view: string };
}

/** Uploads a model (object or JSON text) to the team server; returns its id and share links. */
export async function createSharedDocument(
  request: APIRequestContext,
  model: unknown,
): Promise<SharedDocument> {
  const response = await request.post(`${E2E_SERVER_URL}/api/documents`, {
    headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    data: typeof model === 'string' ? model : JSON.stringify(model),
  });
  if (response.status() !== 201)
    throw new Error(`creating a shared document failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as SharedDocument;
}

/** The token inside a share link (after "token=" in the fragment). */
export const linkToken = (link: string) => new URL(link).hash.split('token=')[1] ?? '';
