namespace PublishingPortal.Core.Notifications;

/// <summary>
/// One message to one newsroom account about one article, written in the same database save as the workflow
/// transition that caused it, shown in the admin ("Việc của tôi", <c>/admin/thong-bao</c>) and, when SMTP is
/// configured and the person has not turned e-mail off, mailed afterwards by the outbox sender. Instants are UTC.
/// </summary>
public class Notification
{
    /// <summary>Longest <see cref="Text"/> stored, in characters (longer ones end with "…").</summary>
    public const int TextMaxLength = 1000;

    /// <summary>Longest <see cref="Link"/>, in characters.</summary>
    public const int LinkMaxLength = 500;

    /// <summary>Database identity.</summary>
    public long Id { get; set; }

    /// <summary>Identity id of the account it is for.</summary>
    public string RecipientId { get; set; } = "";

    /// <summary>Which transition made it.</summary>
    public NotificationKind Kind { get; set; }

    /// <summary>The article it is about; the notification goes with the article when that is deleted for ever.</summary>
    public int ArticleId { get; set; }

    /// <summary>The sentence shown and mailed, in Vietnamese, e.g. "Bài “…” bị trả lại: thiếu nguồn".</summary>
    public string Text { get; set; } = "";

    /// <summary>
    /// Absolute URL of the article's admin page for the e-mail (the base is the request's, or <c>Site:BaseUrl</c>
    /// when a job made the change), e.g. <c>https://tin.example.vn/admin/bai-viet/42</c>.
    /// </summary>
    public string Link { get; set; } = "";

    /// <summary>UTC instant it was written (the transition's).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>UTC instant the recipient marked it read; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>UTC instant the e-mail was accepted by the SMTP server; null while not (yet) mailed.</summary>
    public DateTimeOffset? EmailSentAt { get; set; }

    /// <summary>Failed or started attempts to mail it so far (0 before the first).</summary>
    public int EmailAttempts { get; set; }

    /// <summary>
    /// UTC instant before which the sender leaves it alone: after a failure (back-off) or while one instance is
    /// sending it (a lease); null when it may be sent now.
    /// </summary>
    public DateTimeOffset? EmailNextAttemptAt { get; set; }
}
