import { loadFonts } from './fonts';
import { readLogo } from './logo';
import { renderPdf } from './render';

/**
 * Draws the logo alone on a page, the way the cover draws it: what the header checks cannot
 * see (a decoder that chokes on the pixels, a drawing the SVG renderer cannot lay out) shows
 * here, at upload, instead of failing every export afterwards.
 */
export async function probeLogo(dataUrl: string, fontsDir: string): Promise<void> {
  const logo = readLogo(dataUrl);
  const fonts = loadFonts(fontsDir);
  const content =
    logo.kind === 'svg'
      ? { svg: logo.source, fit: [150, 54] as [number, number] }
      : { image: 'logo', fit: [150, 54] as [number, number] };
  await renderPdf(
    {
      content: [content],
      images: logo.kind === 'image' ? { logo: logo.source } : {},
      defaultStyle: { font: fonts.family },
    },
    fonts,
  );
}
