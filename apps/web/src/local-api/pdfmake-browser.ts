// pdfmake in the static build's worker, in place of packages/documents' pdfmake-engine.ts (vite.config.ts):
// the same four Noto fonts, fetched from this site the first time a document is made (the service
// worker keeps them for offline use) and never from anywhere else.

import sansRegular from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import sansBold from '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf?url';
import serifRegular from '@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf?url';
import serifBold from '@expo-google-fonts/noto-serif-jp/700Bold/NotoSerifJP_700Bold.ttf?url';

type PdfMake = typeof import('pdfmake');
let loaded: Promise<PdfMake> | undefined;

const here = (path: string) => new URL(path, self.location.href).href;

async function load(): Promise<PdfMake> {
  const instance = ((await import('pdfmake')) as { default: PdfMake }).default;
  const fonts = {
    Mincho: { normal: here(serifRegular), bold: here(serifBold) },
    Gothic: { normal: here(sansRegular), bold: here(sansBold) },
  };
  const allowed = new Set(Object.values(fonts).flatMap((font) => [font.normal, font.bold]));
  instance.setFonts(fonts as unknown as Parameters<PdfMake['setFonts']>[0]);
  instance.setUrlAccessPolicy((url) => allowed.has(url));
  return instance;
}

export function pdfmakeWithFonts(): Promise<PdfMake> {
  loaded ??= load();
  return loaded;
}
