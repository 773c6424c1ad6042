using System.Linq.Expressions;

namespace PublishingPortal.Core.Articles;

/// <summary>
/// The one rule for what a reader may see: an article that is <see cref="ArticleStatus.Published"/>, has a
/// publication instant not after <c>now</c>, and has no expiry or one after <c>now</c>. It holds whether or not
/// the scheduler has run yet, so a late run never shows readers something early or keeps something expired.
/// Every reader query (article page, lists, feeds, sitemaps) and the search candidates filter with it; the
/// admin preview uses it to say whether readers see the article yet.
/// </summary>
public static class ReaderVisibility
{
    // The rule once, with "now" as a second parameter: At() binds it for queries, IsVisible() runs it in memory.
    private static readonly Expression<Func<Article, DateTimeOffset, bool>> Rule = (a, now) =>
        a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now
        && (a.ExpiresAt == null || a.ExpiresAt > now);

    private static readonly Func<Article, DateTimeOffset, bool> Compiled = Rule.Compile();

    /// <summary>The rule as a query filter for <c>IQueryable&lt;Article&gt;.Where</c>.</summary>
    /// <param name="now">The UTC instant readers look at (the request's clock).</param>
    /// <returns>A one-parameter predicate; <paramref name="now"/> is sent to the database as a parameter, not inlined.</returns>
    public static Expression<Func<Article, bool>> At(DateTimeOffset now)
    {
        // A member of a closure object, as the C# compiler makes for a captured local: query providers turn it into a parameter.
        var instant = Expression.Property(Expression.Constant(new Instant(now)), nameof(Instant.Value));
        var body = new ParameterReplacer(Rule.Parameters[1], instant).Visit(Rule.Body);
        return Expression.Lambda<Func<Article, bool>>(body, Rule.Parameters[0]);
    }

    /// <summary>The rule applied to an article in memory.</summary>
    /// <param name="article">The article (only its status and times are read).</param>
    /// <param name="now">The UTC instant readers look at.</param>
    /// <returns>True when a reader may see the article at <paramref name="now"/>.</returns>
    public static bool IsVisible(Article article, DateTimeOffset now) => Compiled(article, now);

    private sealed record Instant(DateTimeOffset Value);

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
