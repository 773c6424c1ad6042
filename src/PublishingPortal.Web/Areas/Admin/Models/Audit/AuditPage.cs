using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Areas.Admin.Models.Audit;

/// <summary>A page of <c>/admin/nhat-ky</c>, newest first.</summary>
public sealed class AuditPage
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    /// <summary>The filters as typed.</summary>
    public AuditFilter Filter { get; set; } = new();

    /// <summary>Vietnamese messages about filters that could not be read; when any, <see cref="Items"/> is empty.</summary>
    public IReadOnlyList<string> Errors { get; set; } = [];

    /// <summary>The entries, at most <see cref="PageSize"/>.</summary>
    public IReadOnlyList<AuditListItem> Items { get; set; } = [];

    /// <summary>The page shown (clamped to a real page) among the matching entries.</summary>
    public Paging Paging { get; set; } = Paging.Clamped(1, PageSize, 0);

    /// <summary>Action names and Vietnamese labels for the action filter.</summary>
    public IReadOnlyDictionary<string, string> Actions { get; set; } = new Dictionary<string, string>();
}
