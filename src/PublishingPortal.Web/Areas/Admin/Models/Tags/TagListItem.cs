namespace PublishingPortal.Web.Areas.Admin.Models.Tags;

/// <summary>One tag in the admin list.</summary>
/// <param name="Id">Tag id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Slug">Slug.</param>
/// <param name="ArticleCount">Articles carrying it, any state.</param>
public sealed record TagListItem(int Id, string Name, string Slug, int ArticleCount);
