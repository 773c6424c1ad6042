using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>One row of the admin article list (the reader lists use <see cref="Reading.ArticleListItem"/>).</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline.</param>
/// <param name="Slug">Current slug.</param>
/// <param name="Status">Workflow state.</param>
/// <param name="CategoryName">Section, or null.</param>
/// <param name="AuthorId">Account that created it, or null.</param>
/// <param name="AuthorName">That account's display name, or null.</param>
/// <param name="UpdatedAt">UTC instant of the last save.</param>
/// <param name="PublishedAt">UTC publication instant, or null.</param>
/// <param name="ReturnReason">Why it was sent back (shown for <see cref="ArticleStatus.Returned"/>), or null.</param>
/// <param name="HasPendingCorrection">True when a correction to the live article waits for a publisher (issue 11).</param>
public sealed record ArticleListRow(
    int Id,
    string Title,
    string Slug,
    ArticleStatus Status,
    string? CategoryName,
    string? AuthorId,
    string? AuthorName,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string? ReturnReason = null,
    bool HasPendingCorrection = false)
{
    /// <summary>Longest reason shown in the row, in characters; the whole reason is in the title attribute.</summary>
    public const int ShortReasonLength = 80;

    /// <summary>The reason cut to <see cref="ShortReasonLength"/> characters (with "…"), or null.</summary>
    public string? ShortReason =>
        ReturnReason is null ? null
        : ReturnReason.Length <= ShortReasonLength ? ReturnReason
        : ReturnReason[..(ShortReasonLength - 1)].TrimEnd() + "…";
}
