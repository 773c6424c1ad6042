using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Notifications;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Tests.Notifications;

/// <summary>
/// Transitions through the real <see cref="ArticleCommit"/> (the one write path) for the states nothing in this branch
/// produces yet (Submitted, Returned: the workflow helper's buttons), and reads of the notifications written.
/// </summary>
internal static class Commits
{
    public static async Task CommitAsync(PortalFactory factory, int articleId, Action<Article> change, EditorIdentity by)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == articleId);
        change(article);
        var result = await scope.ServiceProvider.GetRequiredService<ArticleCommit>()
            .CommitAsync(article, new ArticleChange(by, "Chuyển trạng thái (thử)", AuditActions.ArticleTransition, _ => "thử"));
        Assert.Equal(ArticleSaveOutcome.Saved, result.Outcome);
    }

    public static Task<List<Notification>> ForArticleAsync(PortalFactory factory, int articleId) =>
        factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.ArticleId == articleId).OrderBy(n => n.Id).ToListAsync());

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("Timed out waiting for: " + what);
    }
}
