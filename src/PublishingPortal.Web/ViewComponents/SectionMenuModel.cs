using PublishingPortal.Web.Reading;

namespace PublishingPortal.Web.ViewComponents;

/// <summary>What the header's section menu shows (<see cref="SectionMenuViewComponent"/>).</summary>
/// <param name="Sections">Top-level sections in order, with their children.</param>
/// <param name="CurrentSlug">The section the page belongs to (marked <c>aria-current</c>), or null.</param>
public sealed record SectionMenuModel(IReadOnlyList<MenuSection> Sections, string? CurrentSlug);
