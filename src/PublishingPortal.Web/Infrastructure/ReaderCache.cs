using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// Output-cache tags of reader pages, so a change evicts the pages that show the article and no others:
/// an article page is tagged with its own article and with every article it shows beside it (related,
/// other news); every list (home, sections, tags, feeds, sitemaps) is tagged <see cref="ListsTag"/>,
/// because a change in one article can move any list. Unrelated article pages stay cached.
/// </summary>
public static class ReaderCache
{
    /// <summary>Tag of every list page (home, sections, tags, feeds, sitemaps).</summary>
    public const string ListsTag = "reader-lists";

    /// <summary>Tag of the pages that show one article.</summary>
    /// <param name="articleId">Article id.</param>
    /// <returns>e.g. "article-42".</returns>
    public static string ArticleTag(int articleId) => "article-" + articleId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Tags the response being cached with the articles it shows (no effect when not cached).</summary>
    /// <param name="context">The request.</param>
    /// <param name="articleIds">Articles shown on the page.</param>
    public static void Shows(HttpContext context, IEnumerable<int> articleIds)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context.Tags is { } tags)
        {
            foreach (var id in articleIds)
            {
                tags.Add(ArticleTag(id));
            }
        }
    }

    /// <summary>Tags the response being cached as a list page.</summary>
    /// <param name="context">The request.</param>
    public static void IsList(HttpContext context)
    {
        context.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(ListsTag);
    }

    /// <summary>Evicts the pages that show an article, and every list.</summary>
    /// <param name="store">The output cache.</param>
    /// <param name="articleId">The changed article.</param>
    /// <param name="cancellationToken">Cancels the eviction.</param>
    /// <returns>A task that completes when evicted.</returns>
    public static Task EvictArticleAsync(IOutputCacheStore store, int articleId, CancellationToken cancellationToken = default) =>
        EvictArticlesAsync(store, [articleId], cancellationToken);

    /// <summary>Evicts the pages that show any of several articles, and every list once.</summary>
    /// <param name="store">The output cache.</param>
    /// <param name="articleIds">The changed articles.</param>
    /// <param name="cancellationToken">Cancels the eviction.</param>
    /// <returns>A task that completes when evicted.</returns>
    public static async Task EvictArticlesAsync(IOutputCacheStore store, IEnumerable<int> articleIds, CancellationToken cancellationToken = default)
    {
        foreach (var id in articleIds.Distinct())
        {
            await store.EvictByTagAsync(ArticleTag(id), cancellationToken);
        }

        await store.EvictByTagAsync(ListsTag, cancellationToken);
    }
}
