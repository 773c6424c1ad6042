namespace PublishingPortal.Web.Areas.Admin.Models.Categories;

/// <summary>One row of the section list: top-level sections in order, each followed by its children in order.</summary>
/// <param name="Id">Section id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Slug">Current slug.</param>
/// <param name="ParentId">Parent id, or null at the top level.</param>
/// <param name="Position">Position among its siblings, from 1.</param>
/// <param name="SiblingCount">How many siblings (itself included), so the list knows whether "Lên"/"Xuống" apply.</param>
/// <param name="ShowInMenu">Shown in the readers' menu.</param>
/// <param name="ArticleCount">Articles in the section, any state (the bin included).</param>
public sealed record CategoryListItem(int Id, string Name, string Slug, int? ParentId, int Position, int SiblingCount, bool ShowInMenu, int ArticleCount);
