namespace PublishingPortal.Web.Areas.Admin.Models.Tags;

/// <summary>A tag's page: the tag and the tags it can be merged into (id, name), by name.</summary>
/// <param name="Tag">The tag.</param>
/// <param name="Others">Every other tag.</param>
public sealed record TagEditPage(TagListItem Tag, IReadOnlyList<KeyValuePair<int, string>> Others);
