namespace PublishingPortal.Core.Media;

/// <summary>Audit actions (<c>AuditEntry.Action</c>) of the media library and of photos placed in articles.</summary>
public static class MediaAuditActions
{
    /// <summary>A photo uploaded to the library.</summary>
    public const string Uploaded = "media-uploaded";

    /// <summary>A photo's alt text, caption or credit changed.</summary>
    public const string Updated = "media-updated";

    /// <summary>A photo deleted from the library.</summary>
    public const string Deleted = "media-deleted";

    /// <summary>An article's photos changed: lead photo chosen or removed, photo attached to a figure, figure inserted.</summary>
    public const string ArticlePhotos = "article-photos";

    /// <summary>Vietnamese labels of the actions above.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [Uploaded] = "Tải ảnh lên",
        [Updated] = "Sửa thông tin ảnh",
        [Deleted] = "Xoá ảnh",
        [ArticlePhotos] = "Ảnh của bài",
    };
}
