using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Tests.Newsroom;

/// <summary>
/// The one rule for which page of an article a user may open, shared by the edit page (editor, trashed page or
/// 403) and the workflow actions (back to the article or to the list), asked of the app's real authorization
/// service with the roles of docs/editor-guide.md.
/// </summary>
public sealed class EditPageAccessTests : IClassFixture<EmptyPortalFactory>
{
    private const string Me = "tai-khoan-cua-toi";
    private const string Someone = "tai-khoan-khac";

    private readonly IAuthorizationService _authorization;

    public EditPageAccessTests(EmptyPortalFactory factory)
    {
        _authorization = factory.Services.GetRequiredService<IAuthorizationService>();
    }

    [Theory]
    [InlineData(NewsroomRoles.Reporter, ArticleStatus.Draft, Me, EditPageAccess.Editor)]
    [InlineData(NewsroomRoles.Reporter, ArticleStatus.Draft, Someone, EditPageAccess.None)]
    [InlineData(NewsroomRoles.Reporter, ArticleStatus.InReview, Me, EditPageAccess.None)]
    [InlineData(NewsroomRoles.Reporter, ArticleStatus.Trashed, Me, EditPageAccess.TrashedPage)]
    [InlineData(NewsroomRoles.Reporter, ArticleStatus.Trashed, Someone, EditPageAccess.None)]
    [InlineData(NewsroomRoles.Editor, ArticleStatus.InReview, Someone, EditPageAccess.Editor)]
    [InlineData(NewsroomRoles.Editor, ArticleStatus.Published, Someone, EditPageAccess.Editor)]
    [InlineData(NewsroomRoles.Reporter, ArticleStatus.Returned, Me, EditPageAccess.Editor)]
    [InlineData(NewsroomRoles.Reporter, ArticleStatus.Submitted, Me, EditPageAccess.None)]
    [InlineData(NewsroomRoles.Editor, ArticleStatus.Trashed, Someone, EditPageAccess.TrashedPage)]
    [InlineData(NewsroomRoles.Publisher, ArticleStatus.Published, Someone, EditPageAccess.Editor)]
    [InlineData(NewsroomRoles.Administrator, ArticleStatus.Trashed, Someone, EditPageAccess.TrashedPage)]
    public async Task EditPageAccess_ByRoleStateAndAuthor(string role, ArticleStatus status, string authorId, EditPageAccess expected)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Me), new Claim(ClaimTypes.Role, role)], authenticationType: "Test"));
        var article = new Article { Title = "Bài thử", Slug = "bai-thu", Status = status, AuthorId = authorId };

        Assert.Equal(expected, await _authorization.EditPageAccessAsync(user, article));
    }

    [Fact]
    public async Task EditPageAccess_SignedOut_None()
    {
        var article = new Article { Title = "Bài thử", Slug = "bai-thu", Status = ArticleStatus.Draft };

        Assert.Equal(EditPageAccess.None, await _authorization.EditPageAccessAsync(new ClaimsPrincipal(new ClaimsIdentity()), article));
    }
}
