using PublishingPortal.Web.Reading;
using PublishingPortal.Web.Search;

namespace PublishingPortal.Web.Sections;

/// <summary>The sections every reader page shows, as <see cref="SectionCache"/> keeps them between changes.</summary>
/// <param name="Menu">The header's section menu (<see cref="ArticleQueries.SectionListsAsync"/>): top level in order, shown children under each.</param>
/// <param name="SearchOptions">Every section for the search page's filter, by sort order then name.</param>
public sealed record ReaderSections(IReadOnlyList<MenuSection> Menu, IReadOnlyList<SearchCategoryOption> SearchOptions);
