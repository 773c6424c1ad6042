namespace PublishingPortal.Web.Areas.Admin.Models.WordImport;

/// <summary>The "Tạo bài từ tệp Word" form.</summary>
/// <param name="MaxBytes">Largest file, in bytes.</param>
/// <param name="MaxImages">Most embedded images.</param>
/// <param name="Error">Why the last file was refused, or null.</param>
public sealed record WordImportPage(long MaxBytes, int MaxImages, string? Error);
