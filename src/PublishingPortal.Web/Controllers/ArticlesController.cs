using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Reading;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Controllers;

/// <summary>The article page at its one canonical URL, <c>/tin-tuc/{slug}</c>.</summary>
public sealed partial class ArticlesController : Controller
{
    private readonly ArticleQueries _queries;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">Reader queries.</param>
    public ArticlesController(ArticleQueries queries)
    {
        _queries = queries;
    }

    /// <summary>
    /// GET <c>/tin-tuc/{slug}</c>: the article; a former slug answers 301 to the current one; anything
    /// else (unknown, unpublished, malformed slug) the Vietnamese 404 page.
    /// </summary>
    /// <param name="slug">Slug from the URL.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page, a permanent redirect or 404.</returns>
    [HttpGet(ReaderUrls.ArticleTemplate)]
    [OutputCache(PolicyName = DependencyInjection.ReaderPagePolicy)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > Article.SlugMaxLength || !SlugShape().IsMatch(slug))
        {
            return NotFound();
        }

        var article = await _queries.FindPublishedAsync(slug, cancellationToken);
        if (article is not null)
        {
            var around = await _queries.NeighboursAsync(article, cancellationToken);
            ViewData[nameof(ArticleNeighbours)] = around;
            ReaderCache.Shows(HttpContext, [article.Id, .. around.Related.Select(i => i.Id), .. around.Newer.Select(i => i.Id), .. around.Older.Select(i => i.Id)]);
            return View(article);
        }

        var current = await _queries.FindRedirectAsync(slug, cancellationToken);
        return current is null ? NotFound() : RedirectPermanent(ReaderUrls.Article(current));
    }

    /// <summary>
    /// GET <c>/tin-tuc/{slug}/luu</c> ("Lưu bài", Decree 42/2022 art. 7): the article as one self-contained
    /// HTML file (styles inline, photos embedded as data URIs) downloaded as <c>{slug}.html</c>.
    /// </summary>
    /// <param name="slug">Slug from the URL.</param>
    /// <param name="saver">Builds the file.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The file, a 301 for a former slug, or 404.</returns>
    [HttpGet(ReaderUrls.ArticleFileTemplate)]
    public async Task<IActionResult> Save(string slug, [FromServices] ArticleFileSaver saver, CancellationToken cancellationToken)
    {
        if (slug.Length > Article.SlugMaxLength || !SlugShape().IsMatch(slug))
        {
            return NotFound();
        }

        var article = await _queries.FindPublishedAsync(slug, cancellationToken);
        if (article is null)
        {
            var current = await _queries.FindRedirectAsync(slug, cancellationToken);
            return current is null ? NotFound() : RedirectPermanent(ReaderUrls.ArticleFile(current));
        }

        var url = $"{Request.Scheme}://{Request.Host}{article.Path}";
        var bytes = await saver.BuildAsync(article, url, cancellationToken);
        return File(bytes, "text/html; charset=utf-8", article.Slug + ".html");
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugShape();
}
