namespace PublishingPortal.Web.Search;

/// <summary>A category in the search page's filter.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Slug">Value of <c>chuyenmuc</c>.</param>
public sealed record SearchCategoryOption(string Name, string Slug);
