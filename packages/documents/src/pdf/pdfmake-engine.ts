// pdfmake as Node loads it, set up once: our fonts only (read from their npm packages), no network
// and no file outside the font folders. The static build replaces this module with the browser's
// (apps/web/src/local-api/pdfmake-browser.ts: the same fonts fetched from the site and cached).
import { createRequire } from 'node:module';
import { fontFolders, pdfFonts } from './pdf-fonts.js';

type PdfMake = typeof import('pdfmake');
const require = createRequire(import.meta.url);
let loaded: PdfMake | undefined;

export async function pdfmakeWithFonts(): Promise<PdfMake> {
  if (loaded) return loaded;
  const instance = require('pdfmake') as PdfMake;
  instance.setFonts(pdfFonts as unknown as Parameters<PdfMake['setFonts']>[0]);
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => fontFolders.some((folder) => path.startsWith(folder)));
  loaded = instance;
  return instance;
}
