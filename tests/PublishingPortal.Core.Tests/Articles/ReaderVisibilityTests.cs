using System.Linq.Expressions;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Tests.Articles;

public sealed class ReaderVisibilityTests
{
    private static readonly DateTimeOffset Now = new(2030, 4, 25, 1, 0, 0, TimeSpan.Zero);

    public static TheoryData<ArticleStatus, int?, int?, bool> Cases => new()
    {
        // status, publication (minutes from now), expiry (minutes from now), visible
        { ArticleStatus.Published, -10, null, true },
        { ArticleStatus.Published, 0, null, true },
        { ArticleStatus.Published, 1, null, false },
        { ArticleStatus.Published, null, null, false },
        { ArticleStatus.Published, -10, 5, true },
        { ArticleStatus.Published, -10, 0, false },
        { ArticleStatus.Published, -10, -1, false },
        { ArticleStatus.Scheduled, -10, null, false },
        { ArticleStatus.Draft, -10, null, false },
        { ArticleStatus.InReview, -10, null, false },
        { ArticleStatus.Unpublished, -10, null, false },
        { ArticleStatus.Trashed, -10, null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsVisibleAndQueryFilter_SameAnswer(ArticleStatus status, int? publishedIn, int? expiresIn, bool visible)
    {
        var article = new Article
        {
            Status = status,
            PublishedAt = publishedIn is { } p ? Now.AddMinutes(p) : null,
            ExpiresAt = expiresIn is { } e ? Now.AddMinutes(e) : null,
        };

        Assert.Equal(visible, ReaderVisibility.IsVisible(article, Now));
        Assert.Equal(visible, new[] { article }.AsQueryable().Where(ReaderVisibility.At(Now)).Any());
    }

    [Fact]
    public void At_NowIsReadFromAnObjectNotInlined()
    {
        var inlined = new InlinedInstants();

        inlined.Visit(ReaderVisibility.At(Now));

        // A captured local looks like this too; query providers send such a member as a parameter, not as SQL text.
        Assert.Equal(0, inlined.Count);
    }

    [Theory]
    [InlineData(ArticleStatus.Published, true)]
    [InlineData(ArticleStatus.Scheduled, true)]
    [InlineData(ArticleStatus.Draft, false)]
    [InlineData(ArticleStatus.InReview, false)]
    [InlineData(ArticleStatus.Unpublished, false)]
    [InlineData(ArticleStatus.Trashed, false)]
    public void IsPublic_PublishedAndScheduledOnly(ArticleStatus status, bool expected)
    {
        Assert.Equal(expected, status.IsPublic());
    }

    private sealed class InlinedInstants : ExpressionVisitor
    {
        public int Count { get; private set; }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is DateTimeOffset)
            {
                Count++;
            }

            return base.VisitConstant(node);
        }
    }
}
