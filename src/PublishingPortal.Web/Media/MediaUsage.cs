using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Media;

/// <summary>One place where a library photo is used.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its workflow state (trashed articles count: they can be restored).</param>
/// <param name="Where">In Vietnamese: "Ảnh đại diện", "Ảnh 2 trong bài" or "Liên kết trong nội dung".</param>
public sealed record MediaUsage(int ArticleId, string Title, ArticleStatus Status, string Where);
