/**
 * A strict Content-Security-Policy for the built app: a <meta> tag in dist/index.html (so the
 * policy travels with the files to any static host) and, for `vite preview`, the same policy as an
 * HTTP header plus what only a header can carry. Dev mode is left alone: Vite's dev server injects
 * inline scripts for hot reload.
 *
 * The policy allows the app's own files and nothing else. The one relaxation:
 * - img-src data: — the PNG export rasterises our SVG export by loading it as an SVG
 *   data: URL into an <img>; without it the PNG comes out empty.
 * Tried and not needed (e2e/security.spec.ts proves the app runs without a single violation):
 * - style-src 'unsafe-inline': React and React Flow set styles through the CSSOM (element.style),
 *   which CSP does not restrict; nothing injects <style> elements or style="" attributes;
 * - worker-src blob: — elkjs's bundled build runs its layout in a fake worker on the main thread;
 * - font-src data: — the app uses system fonts and the PNG export skips font embedding;
 * - unsafe-eval — zod runs jitless (src/domain/model/limits.ts), so nothing needs eval.
 * object-src, base-uri and form-action are 'none': no plugins, no <base> hijacking, no forms
 * posting anywhere.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives a <meta> policy ignores; they only work as an HTTP header. */
const HEADER_ONLY: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

const serialise = (directives: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** The policy as written into index.html. */
export const CSP_META_POLICY = serialise(CSP_DIRECTIVES);
/** The policy `vite preview` sends: the meta policy plus what only a header can say. */
export const CSP_HEADER_POLICY = serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY });

export function cspPlugin(): Plugin[] {
  return [
    {
      name: 'ot-zones:csp-meta',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(html) {
          if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html))
            throw new Error('index.html has an inline <script>; the Content-Security-Policy forbids it');
          // Right after <meta charset>: before every script and stylesheet, and the charset
          // declaration stays first as browsers expect.
          const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_META_POLICY}" />`;
          const charset = /<meta\s+charset=[^>]*>/i.exec(html);
          if (charset) return html.replace(charset[0], `${charset[0]}\n    ${meta}`);
          return html.replace(/<head>/i, `<head>\n    ${meta}`);
        },
      },
    },
    {
      name: 'ot-zones:csp-preview-header',
      configurePreviewServer(server) {
        server.middlewares.use((_req, res, next) => {
          res.setHeader('Content-Security-Policy', CSP_HEADER_POLICY);
          res.setHeader('X-Content-Type-Options', 'nosniff');
          res.setHeader('Referrer-Policy', 'no-referrer');
          next();
        });
      },
    },
  ];
}
