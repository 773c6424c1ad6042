using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.ViewCounting;

/// <summary>Settings of view counting, section <c>ViewCounts</c>.</summary>
public sealed class ViewCountOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ViewCounts";

    /// <summary>Seconds between writes of the buffered counts to the database (1–300, default 10).</summary>
    [Range(1, 300)]
    public int FlushSeconds { get; set; } = 10;

    /// <summary>Most distinct articles buffered between writes; views of further articles wait for the next flush window (default 100,000).</summary>
    [Range(100, 10_000_000)]
    public int MaxBufferedArticles { get; set; } = 100_000;
}
