using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>The <see cref="IArticleSearchIndex"/> of <see cref="FallbackArticleSearch"/>, which reads the articles directly: nothing to maintain.</summary>
public sealed class FallbackArticleSearchIndex : IArticleSearchIndex
{
    /// <inheritdoc />
    public Task EnsureReadyAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<int> RebuildAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <inheritdoc />
    public Task UpsertAsync(IReadOnlyCollection<ArticleSearchDocument> documents, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task RemoveAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
