using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Areas.Admin.Models.Tags;

/// <summary>A page of the tag list, by name, with the search words that filtered it.</summary>
/// <param name="Items">The tags.</param>
/// <param name="Paging">Page numbers.</param>
/// <param name="Text">Search words as typed, or empty.</param>
public sealed record TagListPage(IReadOnlyList<TagListItem> Items, Paging Paging, string Text)
{
    /// <summary>Tags a page.</summary>
    public const int PageSize = 50;
}
