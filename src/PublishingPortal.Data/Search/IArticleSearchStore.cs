using Microsoft.EntityFrameworkCore.Infrastructure;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// Writes one provider's search index entries on a context's own connection, inside its current transaction when
/// there is one (so a rolled-back save rolls the index back too), otherwise in a transaction of its own. Used by
/// <see cref="ArticleSearchIndexInterceptor"/> after every save and by the provider's <see cref="IArticleSearchIndex"/>.
/// </summary>
public interface IArticleSearchStore
{
    /// <summary>Replaces the entries of some articles and removes those of others.</summary>
    /// <param name="database">The context's database.</param>
    /// <param name="upserts">Entries to add or replace.</param>
    /// <param name="removals">Article ids whose entries go; unknown ids are ignored.</param>
    /// <param name="async">False to run synchronously (the returned task is then already complete).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when written.</returns>
    /// <exception cref="System.Data.Common.DbException">The database refused a write.</exception>
    Task WriteAsync(
        DatabaseFacade database,
        IReadOnlyCollection<ArticleSearchDocument> upserts,
        IReadOnlyCollection<int> removals,
        bool async,
        CancellationToken cancellationToken);
}
