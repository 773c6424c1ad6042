using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// What the shared pager (<c>Views/Shared/_Pager.cshtml</c>) needs: where the page sits and how to link
/// to another page of the same list. The pager renders nothing when the list has one page.
/// </summary>
/// <param name="Paging">The page shown among all pages.</param>
/// <param name="PageUrl">
/// The URL of page N (1-based) of this list with the same filters; a builder should leave the page
/// parameter out for page 1, so that page has one URL.
/// </param>
public sealed record Pager(Paging Paging, Func<int, string> PageUrl);
