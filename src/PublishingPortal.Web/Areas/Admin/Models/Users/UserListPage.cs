using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Areas.Admin.Models.Users;

/// <summary>A page of <c>/admin/tai-khoan</c>, ordered by display name.</summary>
/// <param name="Items">The rows, at most <see cref="PageSize"/>.</param>
/// <param name="Paging">The page shown (clamped to a real page) among all accounts.</param>
public sealed record UserListPage(IReadOnlyList<UserListItem> Items, Paging Paging)
{
    /// <summary>Accounts per page.</summary>
    public const int PageSize = 20;
}
