using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Core.Tests.Workflow;

/// <summary>What falls due by an article's own times, and that the system actor may carry it out.</summary>
public sealed class ScheduledTransitionTests
{
    private static readonly DateTimeOffset Now = new(2030, 4, 25, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DueAction_ScheduledTimeCome_PublishAndApplyPublishesAtThatTime()
    {
        var article = new Article { Status = ArticleStatus.Scheduled, PublishedAt = Now.AddMinutes(-3), AuthorId = "tac-gia" };

        var action = ArticleWorkflow.DueAction(article, Now);

        Assert.Equal(WorkflowAction.Publish, action);
        Assert.True(ArticleWorkflow.Decide(Actor.System, WorkflowAction.Publish, article.Status, article.AuthorId).Allowed);
        Assert.Equal(ArticleStatus.Published, ArticleWorkflow.Apply(article, WorkflowAction.Publish, Now));
        Assert.Equal(Now.AddMinutes(-3), article.PublishedAt);
        Assert.Equal(Now, article.UpdatedAt);
    }

    [Fact]
    public void DueAction_PublishedAndExpired_UnpublishAllowedForTheSystem()
    {
        var article = new Article { Status = ArticleStatus.Published, PublishedAt = Now.AddDays(-1), ExpiresAt = Now };

        Assert.Equal(WorkflowAction.Unpublish, ArticleWorkflow.DueAction(article, Now));
        Assert.True(ArticleWorkflow.Decide(Actor.System, WorkflowAction.Unpublish, article.Status, null).Allowed);
        Assert.Equal(ArticleStatus.Unpublished, ArticleWorkflow.Apply(article, WorkflowAction.Unpublish, Now));
    }

    [Theory]
    [InlineData(ArticleStatus.Scheduled, 1, null)]
    [InlineData(ArticleStatus.Published, -60, 1)]
    [InlineData(ArticleStatus.Published, -60, null)]
    [InlineData(ArticleStatus.Draft, -60, -1)]
    [InlineData(ArticleStatus.Unpublished, -60, -1)]
    public void DueAction_NothingDue_NullAndNotMatchedByTheQueryFilter(ArticleStatus status, int publishedIn, int? expiresIn)
    {
        var article = new Article { Status = status, PublishedAt = Now.AddMinutes(publishedIn), ExpiresAt = expiresIn is { } e ? Now.AddMinutes(e) : null };

        Assert.Null(ArticleWorkflow.DueAction(article, Now));
        Assert.Empty(new[] { article }.AsQueryable().Where(ArticleWorkflow.FallsDue(Now)));
    }

    [Fact]
    public void SystemActor_HoldsOnlyThePublisherRole_AndIsNoAuthor()
    {
        Assert.Equal([NewsroomRoles.Publisher], Actor.System.Roles);
        Assert.False(ArticleWorkflow.Decide(Actor.System, WorkflowAction.Purge, ArticleStatus.Trashed, null).Allowed);
        Assert.True(ArticleWorkflow.Decide(Actor.System, WorkflowAction.Publish, ArticleStatus.Scheduled, "any-account-id").Allowed);
    }
}
