/*
 * The CAB dossier of a release: HTTP only (content negotiation and language). Gathering lives in
 * service/dossier/DossierService.ts, rendering in service/dossier/render.ts.
 */
import type { ApiRouter } from './apiRouter';
import { NotAcceptableError } from '../service/dossier/errors';
import {
  dossierLang,
  DossierService,
  renderDossierHtml,
  renderDossierMarkdown,
} from '../service/dossier';
import { releaseOr404 } from './checklistRoutes';
import type { RouteContext } from './context';

const FORMATS = ['text/markdown', 'text/html'];

export function registerDossierRoutes(router: ApiRouter, ctx: RouteContext) {
  const service = new DossierService(ctx);

  router.get('/releases/:id/dossier', async (req, res) => {
    const release = await releaseOr404(ctx, req.params.id);
    const credentials = await ctx.authorizer.reader(req);
    const entity = await ctx.catalog.getVisibleEntity(
      release.entityRef,
      credentials,
    );
    // Only an explicit Markdown or HTML request is served (a bare */* is not a choice of format).
    const accept = req.header('accept') ?? '';
    const format = /text\/(markdown|html|\*)/i.test(accept)
      ? req.accepts(FORMATS)
      : false;
    if (!format) {
      throw new NotAcceptableError(
        `The dossier is available as ${FORMATS.join(' or ')} (Accept header); got ${
          accept || 'no Accept header'
        }`,
      );
    }
    const lang = dossierLang(req.query.lang, req.header('accept-language'));
    const data = await service.gather(release, entity);
    res.setHeader('Content-Language', lang);
    res.setHeader('Vary', 'Accept, Accept-Language');
    if (format === 'text/html') {
      res.type('text/html; charset=utf-8').send(renderDossierHtml(data, lang));
    } else {
      res
        .type('text/markdown; charset=utf-8')
        .send(renderDossierMarkdown(data, lang));
    }
  });
}
