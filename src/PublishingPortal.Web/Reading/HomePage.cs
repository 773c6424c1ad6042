namespace PublishingPortal.Web.Reading;

/// <summary>What the home page shows.</summary>
/// <param name="Lead">The lead story with its photo, or null when no article has a photo.</param>
/// <param name="Latest">Latest news (the lead story excluded).</param>
/// <param name="MostRead">"Đọc nhiều".</param>
/// <param name="Sections">One block per section, in section order.</param>
public sealed record HomePage(
    ArticleListItem? Lead,
    IReadOnlyList<ArticleListItem> Latest,
    IReadOnlyList<ArticleListItem> MostRead,
    IReadOnlyList<(SectionLink Section, IReadOnlyList<ArticleListItem> Items)> Sections);
