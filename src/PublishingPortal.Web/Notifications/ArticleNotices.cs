using Microsoft.Extensions.Options;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Notifications;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Notifications;

/// <summary>
/// Writes the notifications of one article transition into the commit's context, so they are saved by the same
/// <c>SaveChanges</c> as the article (<see cref="Newsroom.ArticleCommit"/>, the one write path): a refused save
/// drops them with the rest. Which transition tells whom (issue 11): →Submitted the editors (publishers when there
/// are no editors), →InReview the publishers, →Returned the author with the reason, →Published the author ("Đến
/// giờ hẹn, bài đã xuất bản" when the schedule did it), →Scheduled the author. Never the person who acted.
/// </summary>
public sealed class ArticleNotices
{
    private readonly PortalDbContext _db;
    private readonly NotificationRecipients _recipients;
    private readonly IHttpContextAccessor _http;
    private readonly SiteOptions _site;
    private readonly SiteTimeZone _timeZone;

    /// <summary>Creates the step.</summary>
    /// <param name="db">The commit's context.</param>
    /// <param name="recipients">Who is on each desk.</param>
    /// <param name="http">The request, for the base of the e-mail's link (absent for jobs).</param>
    /// <param name="site"><see cref="SiteOptions.BaseUrl"/>, the base when there is no request.</param>
    /// <param name="timeZone">Site time zone for the scheduled time in the text.</param>
    public ArticleNotices(PortalDbContext db, NotificationRecipients recipients, IHttpContextAccessor http, IOptions<SiteOptions> site, SiteTimeZone timeZone)
    {
        _db = db;
        _recipients = recipients;
        _http = http;
        _site = site.Value;
        _timeZone = timeZone;
    }

    /// <summary>
    /// Adds (does not save) the notifications for <paramref name="article"/> having gone from <paramref name="from"/>
    /// to its current <see cref="Article.Status"/>. Nothing when the state did not change or the new state tells nobody.
    /// </summary>
    /// <param name="article">The article, with its id (saved already when new).</param>
    /// <param name="from">The state it was read in (Draft for a new article).</param>
    /// <param name="by">Who made the change; never notified.</param>
    /// <param name="now">The transition's UTC instant.</param>
    /// <param name="cancellationToken">Cancels the recipient lookup.</param>
    /// <returns>How many notifications were added.</returns>
    public async Task<int> AddAsync(Article article, ArticleStatus from, EditorIdentity by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var to = article.Status;
        if (from == to)
        {
            return 0;
        }

        var title = article.Title;
        IReadOnlyList<string> recipients;
        NotificationKind kind;
        string text;
        switch (to)
        {
            case ArticleStatus.Submitted:
                kind = NotificationKind.Submitted;
                recipients = await _recipients.DeskAsync(to, article, cancellationToken);
                text = $"Bài “{title}” chờ biên tập (gửi bởi {by.Name}).";
                break;
            case ArticleStatus.InReview:
                kind = NotificationKind.InReview;
                recipients = await _recipients.DeskAsync(to, article, cancellationToken);
                text = $"Bài “{title}” chờ duyệt (chuyển bởi {by.Name}).";
                break;
            case ArticleStatus.Returned:
                kind = NotificationKind.Returned;
                recipients = Author(article);
                text = string.IsNullOrWhiteSpace(article.ReturnReason)
                    ? $"Bài “{title}” bị trả lại bởi {by.Name}."
                    : $"Bài “{title}” bị trả lại bởi {by.Name}. Lý do: {article.ReturnReason}";
                break;
            case ArticleStatus.Published when by.IsSystem:
                kind = NotificationKind.PublishedOnSchedule;
                recipients = Author(article);
                text = $"Đến giờ hẹn, bài đã xuất bản: “{title}”.";
                break;
            case ArticleStatus.Published:
                kind = NotificationKind.Published;
                recipients = Author(article);
                text = $"Bài “{title}” đã được {by.Name} xuất bản.";
                break;
            case ArticleStatus.Scheduled:
                kind = NotificationKind.Scheduled;
                recipients = Author(article);
                text = $"Bài “{title}” được {by.Name} hẹn giờ xuất bản lúc {_timeZone.FormatDateTime(article.PublishedAt)}.";
                break;
            default:
                return 0;
        }

        var link = BaseUrl() + AdminUrls.ArticleEdit(article.Id);
        var count = 0;
        foreach (var recipient in recipients.Where(r => r != by.UserId).Distinct(StringComparer.Ordinal))
        {
            _db.Notifications.Add(new Notification
            {
                RecipientId = recipient,
                Kind = kind,
                ArticleId = article.Id,
                Text = text.Length <= Notification.TextMaxLength ? text : text[..(Notification.TextMaxLength - 1)] + "…",
                Link = link,
                CreatedAt = now,
            });
            count++;
        }

        return count;
    }

    private static IReadOnlyList<string> Author(Article article) => article.AuthorId is { } id ? [id] : [];

    // The request's own address when there is one (what the person sees in their address bar), else the configured one.
    private string BaseUrl()
    {
        var request = _http.HttpContext?.Request;
        return request is not null && request.Host.HasValue
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : _site.BaseUrl.TrimEnd('/');
    }
}
