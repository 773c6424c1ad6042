using System.Net;
using Microsoft.Extensions.Options;
using MimeKit;
using PublishingPortal.Core.Notifications;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Notifications;

/// <summary>
/// The portal's e-mails, in Vietnamese, each with a plain-text and an HTML part (multipart/alternative) carrying
/// the same words and link: a notification, and the password-reset link.
/// </summary>
public sealed class MailMessages
{
    private readonly SiteOptions _site;

    /// <summary>Creates the builder.</summary>
    /// <param name="site"><see cref="SiteOptions.BaseUrl"/> for the profile link when a link has no host.</param>
    public MailMessages(IOptions<SiteOptions> site)
    {
        _site = site.Value;
    }

    /// <summary>The e-mail of one notification.</summary>
    /// <param name="to">Recipient's address.</param>
    /// <param name="name">Recipient's display name (may be empty).</param>
    /// <param name="kind">What happened, for the subject.</param>
    /// <param name="title">The article's title, for the subject.</param>
    /// <param name="text">The notification's sentence.</param>
    /// <param name="link">Absolute URL of the article's admin page.</param>
    /// <returns>The message, From left empty for <see cref="SmtpMail"/>.</returns>
    /// <param name="siteName">The site's name as editors set it (site settings), for the signature.</param>
    public MimeMessage Notification(string to, string name, NotificationKind kind, string title, string text, string link, string siteName)
    {
        var subject = kind switch
        {
            NotificationKind.Submitted => "Bài chờ biên tập: ",
            NotificationKind.InReview => "Bài chờ duyệt: ",
            NotificationKind.Returned => "Bài bị trả lại: ",
            NotificationKind.PublishedOnSchedule => "Đến giờ hẹn, bài đã xuất bản: ",
            NotificationKind.Published => "Bài đã xuất bản: ",
            NotificationKind.Scheduled => "Bài đã hẹn giờ: ",
            _ => "Thông báo: ",
        } + title;
        var profile = BaseUrl(link) + AdminUrls.Profile;
        var plain = $"""
            Chào {Greeting(name)},

            {text}

            Mở bài: {link}

            --
            {siteName}
            Bạn nhận thư này vì có tài khoản trong toà soạn. Tắt thư thông báo tại {profile}
            """;
        var html = $"""
            <p>Chào {Html(Greeting(name))},</p>
            <p>{Html(text)}</p>
            <p><a href="{Html(link)}">Mở bài</a></p>
            <hr>
            <p>{Html(siteName)}<br>Bạn nhận thư này vì có tài khoản trong toà soạn. <a href="{Html(profile)}">Tắt thư thông báo</a>.</p>
            """;
        return Build(to, name, subject, plain, html);
    }

    /// <summary>The password-reset e-mail.</summary>
    /// <param name="to">The account's address.</param>
    /// <param name="name">The account's display name.</param>
    /// <param name="link">Absolute URL of the new-password form with the token.</param>
    /// <param name="lifetime">How long the link works, for the text.</param>
    /// <returns>The message, From left empty for <see cref="SmtpMail"/>.</returns>
    /// <param name="siteName">The site's name as editors set it (site settings), for the text and the subject.</param>
    public MimeMessage PasswordReset(string to, string name, string link, TimeSpan lifetime, string siteName)
    {
        var hours = (int)Math.Round(lifetime.TotalHours);
        var plain = $"""
            Chào {Greeting(name)},

            Có người (có thể là bạn) đã yêu cầu đặt lại mật khẩu cho tài khoản {to} tại {siteName}.
            Mở liên kết sau để đặt mật khẩu mới (dùng được một lần, trong {hours} giờ):

            {link}

            Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu hiện tại vẫn giữ nguyên.
            """;
        var html = $"""
            <p>Chào {Html(Greeting(name))},</p>
            <p>Có người (có thể là bạn) đã yêu cầu đặt lại mật khẩu cho tài khoản {Html(to)} tại {Html(siteName)}.</p>
            <p><a href="{Html(link)}">Đặt mật khẩu mới</a> (dùng được một lần, trong {hours} giờ).</p>
            <p>Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu hiện tại vẫn giữ nguyên.</p>
            """;
        return Build(to, name, "Đặt lại mật khẩu — " + siteName, plain, html);
    }

    // "Chào Nguyễn Thu Hà," or, for an account without a display name, "Chào bạn,".
    private static string Greeting(string name) => string.IsNullOrWhiteSpace(name) ? "bạn" : name;

    private static MimeMessage Build(string to, string name, string subject, string plain, string html)
    {
        var message = new MimeMessage();
        message.To.Add(new MailboxAddress(name, to));
        message.Subject = subject;
        message.Body = new BodyBuilder { TextBody = plain, HtmlBody = "<!DOCTYPE html><html lang=\"vi\"><body>" + html + "</body></html>" }.ToMessageBody();
        return message;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    // The link's own scheme and host, so the profile link points where the article link does.
    private string BaseUrl(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : _site.BaseUrl.TrimEnd('/');
}
