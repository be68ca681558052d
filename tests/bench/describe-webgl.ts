import { launchFreshChromium } from './launch-fresh-chromium';

/** Which WebGL the bench's Chromium offers (Phaser falls back to Canvas without one), e.g. SwiftShader. */
export async function describeWebgl(chromiumPath: string): Promise<string> {
  const browser = await launchFreshChromium(chromiumPath);
  try {
    return await browser.page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      if (!gl) return 'none (Phaser falls back to Canvas)';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(
        info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
      );
    });
  } finally {
    await browser.close();
  }
}
