using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Core.Tests.Workflow;

/// <summary>
/// The desk of issue 11, every action against every role, state and authorship: the whole table is written out
/// below as the states each role may act from, so a rule that changes shows up as one line here.
/// </summary>
public sealed class DeskWorkflowTests
{
    private const string Me = "toi";
    private const string Other = "nguoi-khac";
    private static readonly DateTimeOffset Now = new(2030, 4, 25, 1, 0, 0, TimeSpan.Zero);

    private static readonly ArticleStatus[] AllStates = Enum.GetValues<ArticleStatus>();

    private static readonly ArticleStatus[] NotTrashed = AllStates.Where(s => s != ArticleStatus.Trashed).ToArray();

    private static readonly ArticleStatus[] Writable = [ArticleStatus.Draft, ArticleStatus.Returned];

    private static readonly ArticleStatus[] DeskStates = [ArticleStatus.Draft, ArticleStatus.Returned, ArticleStatus.Submitted, ArticleStatus.InReview];

    private static readonly ArticleStatus[] Publishable =
        [ArticleStatus.Draft, ArticleStatus.Returned, ArticleStatus.Submitted, ArticleStatus.InReview, ArticleStatus.Unpublished, ArticleStatus.Scheduled];

    public static TheoryData<string, WorkflowAction, bool> Matrix()
    {
        var data = new TheoryData<string, WorkflowAction, bool>();
        foreach (var role in NewsroomRoles.All)
        {
            foreach (var action in Enum.GetValues<WorkflowAction>().Where(a => a != WorkflowAction.Create))
            {
                data.Add(role, action, true);
                data.Add(role, action, false);
            }
        }

        return data;
    }

    // The expected table: the states from which (role, action, own?) is allowed.
    private static ArticleStatus[] Allowed(string role, WorkflowAction action, bool own)
    {
        var admin = role == NewsroomRoles.Administrator;
        var publisher = admin || role == NewsroomRoles.Publisher;
        var editor = publisher || role == NewsroomRoles.Editor;
        return action switch
        {
            WorkflowAction.Edit => editor ? NotTrashed : own ? Writable : [],
            WorkflowAction.Submit => editor || own ? Writable : [],
            WorkflowAction.PassOn => editor ? [ArticleStatus.Submitted] : [],
            WorkflowAction.SendBack => editor ? [ArticleStatus.Submitted, ArticleStatus.InReview] : [],
            WorkflowAction.Publish => publisher && !own ? Publishable : [],
            WorkflowAction.Unpublish => publisher ? [ArticleStatus.Published, ArticleStatus.Scheduled] : [],
            WorkflowAction.Trash => publisher ? NotTrashed : editor ? DeskStates : own ? Writable : [],
            WorkflowAction.Restore => editor || own ? [ArticleStatus.Trashed] : [],
            WorkflowAction.Purge => admin ? [ArticleStatus.Trashed] : [],
            _ => [],
        };
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Decide_EveryState_MatchesTheTable(string role, WorkflowAction action, bool own)
    {
        var actor = new Actor(Me, new HashSet<string>(StringComparer.Ordinal) { role });
        var expected = Allowed(role, action, own);
        foreach (var state in AllStates)
        {
            var decision = ArticleWorkflow.Decide(actor, action, state, own ? Me : Other);
            Assert.True(
                decision.Allowed == expected.Contains(state),
                $"{role} {action} {(own ? "own" : "other's")} in {state}: expected {(expected.Contains(state) ? "allowed" : "refused")}, got {decision.Allowed} ({decision.Reason})");
            Assert.Equal(decision.Allowed, decision.Reason.Length == 0);
        }
    }

    [Theory]
    [InlineData(NewsroomRoles.Reporter, ArticleStatus.Draft, ArticleStatus.Submitted)]
    [InlineData(NewsroomRoles.Reporter, ArticleStatus.Returned, ArticleStatus.Submitted)]
    [InlineData(NewsroomRoles.Editor, ArticleStatus.Draft, ArticleStatus.InReview)]
    [InlineData(NewsroomRoles.Editor, ArticleStatus.Returned, ArticleStatus.InReview)]
    [InlineData(NewsroomRoles.Publisher, ArticleStatus.Draft, ArticleStatus.InReview)]
    [InlineData(NewsroomRoles.Administrator, ArticleStatus.Draft, ArticleStatus.InReview)]
    public void Submit_ReporterToTheDesk_EditorOrHigherStraightToThePublishers(string role, ArticleStatus from, ArticleStatus to)
    {
        var article = new Article { Status = from, AuthorId = Me, ReturnReason = from == ArticleStatus.Returned ? "Thiếu nguồn" : null };

        Assert.Equal(to, ArticleWorkflow.Apply(article, WorkflowAction.Submit, Now, actor: As(role)));
        Assert.Null(article.ReturnReason);
        Assert.Equal(Now, article.UpdatedAt);
    }

    [Fact]
    public void Submit_WithoutActor_GoesToTheDesk()
    {
        var article = new Article { Status = ArticleStatus.Draft };

        Assert.Equal(ArticleStatus.Submitted, ArticleWorkflow.Apply(article, WorkflowAction.Submit, Now));
    }

    [Fact]
    public void PassOn_SubmittedToInReview()
    {
        var article = new Article { Status = ArticleStatus.Submitted, AuthorId = Other };

        Assert.Equal(ArticleStatus.InReview, ArticleWorkflow.Apply(article, WorkflowAction.PassOn, Now, actor: As(NewsroomRoles.Editor)));
    }

    [Theory]
    [InlineData(ArticleStatus.Submitted)]
    [InlineData(ArticleStatus.InReview)]
    public void SendBack_ToReturnedWithTheTrimmedReason(ArticleStatus from)
    {
        var article = new Article { Status = from };

        Assert.Equal(ArticleStatus.Returned, ArticleWorkflow.Apply(article, WorkflowAction.SendBack, Now, "  Thiếu số liệu.  "));
        Assert.Equal("Thiếu số liệu.", article.ReturnReason);
    }

    [Fact]
    public void SendBack_WithoutReason_Throws()
    {
        var article = new Article { Status = ArticleStatus.Submitted };

        Assert.Throws<ArgumentException>(() => ArticleWorkflow.Apply(article, WorkflowAction.SendBack, Now, " "));
        Assert.Equal(ArticleStatus.Submitted, article.Status);
    }

    [Theory]
    [InlineData(ArticleStatus.Returned)]
    [InlineData(ArticleStatus.Submitted)]
    public void Publish_FromTheNewStates_PublishesAndClearsTheReason(ArticleStatus from)
    {
        var article = new Article { Status = from, ReturnReason = "cũ" };

        Assert.Equal(ArticleStatus.Published, ArticleWorkflow.Apply(article, WorkflowAction.Publish, Now, actor: As(NewsroomRoles.Publisher)));
        Assert.Null(article.ReturnReason);
        Assert.Equal(Now, article.PublishedAt);
    }

    [Theory]
    [InlineData(ArticleStatus.Draft, NewsroomRoles.Reporter, ArticleStatus.Draft)]
    [InlineData(ArticleStatus.Returned, NewsroomRoles.Reporter, ArticleStatus.Returned)]
    [InlineData(ArticleStatus.Submitted, NewsroomRoles.Editor, ArticleStatus.Submitted)]
    [InlineData(ArticleStatus.InReview, NewsroomRoles.Editor, ArticleStatus.InReview)]
    [InlineData(ArticleStatus.Unpublished, NewsroomRoles.Editor, ArticleStatus.Unpublished)]
    [InlineData(ArticleStatus.Published, NewsroomRoles.Editor, ArticleStatus.Unpublished)]
    [InlineData(ArticleStatus.Scheduled, NewsroomRoles.Editor, ArticleStatus.Unpublished)]
    [InlineData(ArticleStatus.Published, NewsroomRoles.Reporter, ArticleStatus.Unpublished)]
    [InlineData(ArticleStatus.Published, NewsroomRoles.Publisher, ArticleStatus.Published)]
    [InlineData(ArticleStatus.Scheduled, NewsroomRoles.Publisher, ArticleStatus.Scheduled)]
    [InlineData(ArticleStatus.Published, NewsroomRoles.Administrator, ArticleStatus.Published)]
    public void Restore_BackToTheStateBefore_PublicOnlyForPublishers(ArticleStatus before, string role, ArticleStatus expected)
    {
        var article = new Article { Status = before, PublishedAt = Now.AddDays(1) };
        ArticleWorkflow.Apply(article, WorkflowAction.Trash, Now.AddMinutes(-5));
        Assert.Equal(before, article.StatusBeforeTrash);

        Assert.Equal(expected, ArticleWorkflow.RestoreTarget(article, As(role), Now));
        Assert.Equal(expected, ArticleWorkflow.Apply(article, WorkflowAction.Restore, Now, actor: As(role)));
        Assert.Null(article.StatusBeforeTrash);
    }

    [Fact]
    public void Restore_ScheduledWhoseTimePassedInTheTrash_ComesBackPublished()
    {
        var article = new Article { Status = ArticleStatus.Trashed, StatusBeforeTrash = ArticleStatus.Scheduled, PublishedAt = Now.AddMinutes(-1) };

        Assert.Equal(ArticleStatus.Published, ArticleWorkflow.Apply(article, WorkflowAction.Restore, Now, actor: As(NewsroomRoles.Publisher)));
        Assert.Equal(Now.AddMinutes(-1), article.PublishedAt);
    }

    [Fact]
    public void Restore_UnknownStateBefore_ComesBackDraft_AndPublicWithoutActorComesBackUnpublished()
    {
        var unknown = new Article { Status = ArticleStatus.Trashed };
        var wasLive = new Article { Status = ArticleStatus.Trashed, StatusBeforeTrash = ArticleStatus.Published };

        Assert.Equal(ArticleStatus.Draft, ArticleWorkflow.Apply(unknown, WorkflowAction.Restore, Now));
        Assert.Equal(ArticleStatus.Unpublished, ArticleWorkflow.Apply(wasLive, WorkflowAction.Restore, Now));
    }

    [Theory]
    [InlineData(NewsroomRoles.Administrator, true)]
    [InlineData(NewsroomRoles.Publisher, true)]
    [InlineData(NewsroomRoles.Editor, false)]
    [InlineData(NewsroomRoles.Reporter, false)]
    public void MayPublish_PublishersAndAdministratorsOnly(string role, bool expected)
    {
        Assert.Equal(expected, ArticleWorkflow.MayPublish(As(role)));
        Assert.True(ArticleWorkflow.MayPublish(Actor.System));
    }

    private static Actor As(string role) => new(Me, new HashSet<string>(StringComparer.Ordinal) { role });
}
