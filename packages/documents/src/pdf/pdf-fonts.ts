// The fonts every PDF embeds, from npm packages that ship full TrueType files (no system font is
// needed: a fresh machine has no Japanese font). Noto Serif JP (明朝) for letters, Noto Sans JP
// (ゴシック) for tables; SIL Open Font License 1.1. pdfkit embeds only the glyphs used (subset,
// CIDFontType2 with a ToUnicode map).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

const file = (pkg: string, weight: string, name: string) => require.resolve(`${pkg}/${weight}/${name}`);

export const pdfFonts = {
  Mincho: {
    normal: file('@expo-google-fonts/noto-serif-jp', '400Regular', 'NotoSerifJP_400Regular.ttf'),
    bold: file('@expo-google-fonts/noto-serif-jp', '700Bold', 'NotoSerifJP_700Bold.ttf'),
  },
  Gothic: {
    normal: file('@expo-google-fonts/noto-sans-jp', '400Regular', 'NotoSansJP_400Regular.ttf'),
    bold: file('@expo-google-fonts/noto-sans-jp', '700Bold', 'NotoSansJP_700Bold.ttf'),
  },
} as const;

export type PdfFont = keyof typeof pdfFonts;

/** The folders the renderer may read: the font files and nothing else. */
export const fontFolders: readonly string[] = [...new Set(Object.values(pdfFonts).flatMap((f) => [dirname(f.normal), dirname(f.bold)]))];
