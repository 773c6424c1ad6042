using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Core.Tests.Workflow;

public sealed class SectionRightMapTests
{
    // Expectations written from issue 11's brief (write = create and one's own; edit = others'; publish = public acts).
    [Theory]
    [InlineData(WorkflowAction.Create, ArticleStatus.Draft, null, true, SectionRight.Write)]
    [InlineData(WorkflowAction.Edit, ArticleStatus.Draft, null, true, SectionRight.Write)]
    [InlineData(WorkflowAction.Edit, ArticleStatus.Draft, null, false, SectionRight.Edit)]
    [InlineData(WorkflowAction.Edit, ArticleStatus.Published, null, false, SectionRight.Edit)]
    [InlineData(WorkflowAction.Submit, ArticleStatus.Draft, null, true, SectionRight.Write)]
    [InlineData(WorkflowAction.Submit, ArticleStatus.Draft, null, false, SectionRight.Edit)]
    [InlineData(WorkflowAction.SendBack, ArticleStatus.InReview, null, false, SectionRight.Edit)]
    [InlineData(WorkflowAction.Publish, ArticleStatus.InReview, null, false, SectionRight.Publish)]
    [InlineData(WorkflowAction.Unpublish, ArticleStatus.Published, null, false, SectionRight.Publish)]
    [InlineData(WorkflowAction.Trash, ArticleStatus.Draft, null, true, SectionRight.Write)]
    [InlineData(WorkflowAction.Trash, ArticleStatus.Draft, null, false, SectionRight.Edit)]
    [InlineData(WorkflowAction.Trash, ArticleStatus.Published, null, true, SectionRight.Publish)]
    [InlineData(WorkflowAction.Trash, ArticleStatus.Scheduled, null, false, SectionRight.Publish)]
    [InlineData(WorkflowAction.Restore, ArticleStatus.Trashed, ArticleStatus.Draft, true, SectionRight.Write)]
    [InlineData(WorkflowAction.Restore, ArticleStatus.Trashed, ArticleStatus.InReview, false, SectionRight.Edit)]
    [InlineData(WorkflowAction.Restore, ArticleStatus.Trashed, ArticleStatus.Published, true, SectionRight.Publish)]
    [InlineData(WorkflowAction.Purge, ArticleStatus.Trashed, null, false, SectionRight.Publish)]
    public void For_ActionStateOwnership_Right(WorkflowAction action, ArticleStatus status, ArticleStatus? before, bool own, SectionRight expected)
    {
        Assert.Equal(expected, SectionRightMap.For(action, status, before, own));
    }

    [Fact]
    public void For_UnknownAction_Edit()
    {
        // An action added later (e.g. "Chuyển duyệt") is editing until mapped.
        Assert.Equal(SectionRight.Edit, SectionRightMap.For((WorkflowAction)99, ArticleStatus.InReview, null, true));
    }
}
