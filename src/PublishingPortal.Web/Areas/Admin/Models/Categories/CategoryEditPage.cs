namespace PublishingPortal.Web.Areas.Admin.Models.Categories;

/// <summary>The create or edit page: the form and the sections it may be nested under.</summary>
/// <param name="Id">Section id, or null on the create page.</param>
/// <param name="Form">The fields.</param>
/// <param name="ParentChoices">Top-level sections other than this one (id, name); empty when this one has children.</param>
/// <param name="ArticleCount">Articles in the section, any state.</param>
/// <param name="MoveTargets">Sections its articles can be moved to before deleting (id, name).</param>
/// <param name="OldSlugs">Former slugs that redirect here.</param>
public sealed record CategoryEditPage(
    int? Id,
    CategoryEditModel Form,
    IReadOnlyList<KeyValuePair<int, string>> ParentChoices,
    int ArticleCount,
    IReadOnlyList<KeyValuePair<int, string>> MoveTargets,
    IReadOnlyList<string> OldSlugs);
