namespace PublishingPortal.Web.Areas.Admin.Models.Users;

/// <summary>A page of <c>/admin/tai-khoan</c>, ordered by display name.</summary>
/// <param name="Items">The rows, at most <see cref="PageSize"/>.</param>
/// <param name="PageNumber">1-based page shown, clamped to 1…<see cref="PageCount"/>.</param>
/// <param name="PageCount">Number of pages, at least 1.</param>
/// <param name="TotalCount">Number of accounts.</param>
public sealed record UserListPage(IReadOnlyList<UserListItem> Items, int PageNumber, int PageCount, int TotalCount)
{
    /// <summary>Accounts per page.</summary>
    public const int PageSize = 20;
}
