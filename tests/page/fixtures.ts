import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../../shared/text/decode';
import type { GoldDoc } from '../gold-scorer';

// Paths and loaders shared by the page tests: the sample portal, the seeds and their gold labels.

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const portalDir = path.join(projectRoot, 'tests/fixtures/portal');
const sharedDir = path.join(projectRoot, 'tests/fixtures');

export interface PortalPage {
  path: string;
  kind: string;
  seed: number | null;
  charset: string;
  title: string;
}

export const portalPages: PortalPage[] = JSON.parse(readFileSync(path.join(portalDir, 'index.json'), 'utf8'));

export const pageBytes = (p: string): Uint8Array => new Uint8Array(readFileSync(path.join(portalDir, p)));
export const pageHtml = (p: string): string => decodeBytes(pageBytes(p), { html: true }).text;

const seedFiles = readdirSync(path.join(sharedDir, 'seeds')).sort();
export const seedPath = (n: number): string => path.join(sharedDir, 'seeds', seedFiles.find((f) => f.startsWith(String(n).padStart(3, '0') + '_'))!);
export const seedText = (n: number): string => readFileSync(seedPath(n), 'utf8');

export type Gold = GoldDoc;
export const gold = (n: number): Gold => JSON.parse(readFileSync(path.join(sharedDir, 'gold', `${String(n).padStart(3, '0')}.json`), 'utf8'));

export const BASE = 'http://zx.example.cn/news/';
