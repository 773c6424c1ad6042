namespace PublishingPortal.Web.Media;

/// <summary>A cached variant ready to send.</summary>
/// <param name="Path">Absolute path of the file.</param>
/// <param name="ContentType"><c>image/webp</c> or <c>image/jpeg</c>.</param>
/// <param name="ETag">Strong entity tag, quotes included; the same for every instance serving the same media folder.</param>
public sealed record VariantFile(string Path, string ContentType, string ETag);
