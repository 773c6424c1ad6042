using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// Reads <see cref="ArticleSearchDocument"/>s from the database, with the byline, tag names and section name, for every
/// index (SQLite's, the server databases', the interceptor after a save). One projection, so every path indexes the same text.
/// </summary>
internal static class SearchDocumentLoader
{
    /// <summary>Articles read per query when re-indexing a list of ids.</summary>
    public const int BatchSize = 200;

    /// <summary>The documents of <paramref name="articles"/> (not tracked).</summary>
    /// <param name="articles">The articles to read, ordered as wanted.</param>
    /// <param name="async">False to run synchronously (the returned task is then already complete).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One document per article.</returns>
    public static async Task<List<ArticleSearchDocument>> LoadAsync(IQueryable<Article> articles, bool async, CancellationToken cancellationToken)
    {
        var query = articles.AsNoTracking().Select(a => new
        {
            a.Id,
            a.Title,
            a.Lead,
            a.BodyHtml,
            a.BodyMarkdown,
            a.Byline,
            Section = a.Category == null ? null : a.Category.Name,
            Tags = a.Tags.Select(t => t.Name).ToList(),
        });
        var rows = async ? await query.ToListAsync(cancellationToken) : query.ToList();
        return rows.ConvertAll(r => new ArticleSearchDocument(r.Id, r.Title, r.Lead, ArticleSearchDocument.BodyText(r.BodyHtml, r.BodyMarkdown))
        {
            Byline = r.Byline ?? "",
            Tags = r.Tags,
            Section = r.Section ?? "",
        });
    }

    /// <summary>The documents of the articles with the given ids, read <see cref="BatchSize"/> at a time; ids of deleted articles are skipped.</summary>
    /// <param name="articles">The articles table.</param>
    /// <param name="ids">Article ids.</param>
    /// <param name="async">False to run synchronously.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Batches of documents, each written before the next is read (a renamed tag on 10,000 articles never holds them all).</returns>
    public static async IAsyncEnumerable<List<ArticleSearchDocument>> LoadByIdsAsync(
        IQueryable<Article> articles,
        IEnumerable<int> ids,
        bool async,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Order().Chunk(BatchSize))
        {
            var documents = await LoadAsync(articles.Where(a => chunk.Contains(a.Id)), async, cancellationToken);
            if (documents.Count > 0)
            {
                yield return documents;
            }
        }
    }
}
